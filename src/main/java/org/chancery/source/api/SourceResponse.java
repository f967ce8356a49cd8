package org.chancery.source.api;

import java.time.Instant;
import java.time.LocalDate;

import org.chancery.common.api.VersionedResponse;
import org.chancery.source.CitedBy;
import org.chancery.source.SourceEntry;
import org.jspecify.annotations.Nullable;

/** A source as the API serves it, with how many live records cite it. */
public record SourceResponse(long id, @Nullable String outlet, String title, @Nullable String url, String language,
        @Nullable LocalDate publishedOn, @Nullable String author, CitedBy citedBy, long version, Instant updatedAt)
        implements VersionedResponse {

    static SourceResponse from(SourceEntry source) {
        return new SourceResponse(source.id(), source.outlet(), source.title(), source.url(), source.language(),
                source.publishedOn(), source.author(), source.citedBy(), source.version(), source.updatedAt());
    }
}
