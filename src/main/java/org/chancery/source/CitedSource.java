package org.chancery.source;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A source as a read model shows it beside the fact it supports, with the passage that supports it. */
public record CitedSource(long id, @Nullable String outlet, String title, @Nullable String url,
        @Nullable LocalDate publishedOn, String language, String quotedPassage) {
}
