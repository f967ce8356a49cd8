package org.chancery.institution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.chancery.common.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * An institution as staff and scripts write it; {@code state} is an ISO 3166-1 alpha-2 code,
 * absent for one the sources do not place. Serves create, replace and patch; the history keeps it.
 */
public record InstitutionCommand(
        @NotNull @Valid Bilingual name,
        @Nullable @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166-1 alpha-2 code") String state,
        @NotNull InstitutionKind kind) {

    public static InstitutionCommand from(Institution institution) {
        return new InstitutionCommand(new Bilingual(institution.getNameEn(), institution.getNameRu()),
                institution.getStateCode(), institution.getKind());
    }
}
