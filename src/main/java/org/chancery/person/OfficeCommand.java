package org.chancery.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.chancery.common.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * An office as staff and scripts write it: its title, the state it is of (ISO 3166-1
 * alpha-2) and, where it sits in one, the institution. Its terms are written on their own
 * ({@link TermCommand}).
 */
public record OfficeCommand(
        @NotNull @Valid Bilingual title,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166-1 alpha-2 code") String state,
        @Nullable Long institutionId) {

    public static OfficeCommand from(Office office) {
        return new OfficeCommand(new Bilingual(office.getTitleEn(), office.getTitleRu()), office.getStateCode(),
                office.getInstitutionId());
    }
}
