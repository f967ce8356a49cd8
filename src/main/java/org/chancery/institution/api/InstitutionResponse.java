package org.chancery.institution.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.chancery.institution.InstitutionKind;
import java.time.Instant;

import org.chancery.common.Bilingual;
import org.chancery.common.api.VersionedResponse;
import org.jspecify.annotations.Nullable;

/** An institution as the API serves it; {@code state} is absent where the sources do not place it. */
public record InstitutionResponse(long id, Bilingual name, @Nullable String state, @Schema(implementation = InstitutionKind.class) String kind, long version,
        Instant updatedAt) implements VersionedResponse {
}
