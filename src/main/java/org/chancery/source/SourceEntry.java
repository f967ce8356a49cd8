package org.chancery.source;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A source as the list of sources for scripts shows it, with how many live records cite it. */
public record SourceEntry(long id, @Nullable String outlet, String title, @Nullable String url, String language,
        @Nullable LocalDate publishedOn, @Nullable String author, CitedBy citedBy, long version, Instant updatedAt) {
}
