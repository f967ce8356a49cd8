package org.chancery.institution.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.chancery.common.Bilingual;
import org.chancery.common.api.VersionedResponse;
import org.chancery.institution.InstitutionEntry;
import org.chancery.institution.InstitutionKind;
import org.jspecify.annotations.Nullable;

/** An institution as the API serves it; {@code state} is absent where the sources do not place it. */
public record InstitutionResponse(long id, Bilingual name, @Nullable String state, @Schema(implementation = InstitutionKind.class) String kind, long version,
        Instant updatedAt) implements VersionedResponse {

    static InstitutionResponse from(InstitutionEntry institution) {
        return new InstitutionResponse(institution.id(), institution.name(), institution.state(),
                institution.kind().name(), institution.version(), institution.updatedAt());
    }
}
