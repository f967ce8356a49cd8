package org.chancery.source.api;

import java.time.LocalDate;

import org.chancery.source.CitedSource;
import org.jspecify.annotations.Nullable;

/** A source as a fact cites it: the source, one click from its words, and the passage that supports the fact. */
public record CitationResponse(long id, @Nullable String outlet, String title, @Nullable String url,
        @Nullable LocalDate publishedOn, String language, String quotedPassage) {

    public static CitationResponse from(CitedSource source) {
        return new CitationResponse(source.id(), source.outlet(), source.title(), source.url(), source.publishedOn(),
                source.language(), source.quotedPassage());
    }
}
