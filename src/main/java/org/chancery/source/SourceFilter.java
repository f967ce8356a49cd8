package org.chancery.source;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Which sources to list: all filters must hold; a date filter leaves out undated sources. */
public record SourceFilter(@Nullable String text, @Nullable String language, @Nullable LocalDate publishedFrom,
        @Nullable LocalDate publishedTo) {
}
