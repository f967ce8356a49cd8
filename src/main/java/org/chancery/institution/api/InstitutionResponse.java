package org.chancery.institution.api;

import java.time.Instant;

import org.chancery.common.Bilingual;
import org.chancery.common.api.VersionedResponse;
import org.jspecify.annotations.Nullable;

/** An institution as the API serves it; {@code state} is absent where the sources do not place it. */
public record InstitutionResponse(long id, Bilingual name, @Nullable String state, String kind, long version,
        Instant updatedAt) implements VersionedResponse {
}
