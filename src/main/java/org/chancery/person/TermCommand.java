package org.chancery.person;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.chancery.common.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * Who held an office, from when to when: each bound an uncertain date in EDTF as events' dates
 * are ({@code 2024-05-07}, {@code 2020}, {@code 2024-05}, {@code 2019-21~}); an unknown bound
 * is left out and read as open.
 */
public record TermCommand(@NotNull Long personId,
        @Nullable @Pattern(regexp = EDTF, message = "an EDTF date such as 2024-05-07, 2024-05 or 2020") String from,
        @Nullable @Pattern(regexp = EDTF, message = "an EDTF date such as 2024-05-07, 2024-05 or 2020") String to) {

    /** What an uncertain date's EDTF looks like (read in full by {@link UncertainDate#parseEdtf}). */
    static final String EDTF = "\\d{4}(-\\d{2}){0,2}~?(/\\d{4}(-\\d{2}){0,2}~?)?";

    public static TermCommand of(Long personId, @Nullable UncertainDate from, @Nullable UncertainDate to) {
        return new TermCommand(personId, from == null ? null : from.toEdtf(), to == null ? null : to.toEdtf());
    }
}
