package org.chancery.person.web;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * Giving a person an office: one already recorded ({@code office}, as typed: its title and state's
 * code as the type-ahead shows it, read by {@link OfficeFields#office}) or a new one described in
 * {@code newOffice}, and the term's start and end as typed (either may be left empty).
 */
record NewTermForm(
        @NotNull(message = "{term.form.officeChoice.required}") @Nullable OfficeChoice officeChoice,
        @Nullable String office,
        OfficeForm newOffice,
        @Nullable String from,
        @Nullable String to) {

    enum OfficeChoice { EXISTING, NEW }

    NewTermForm {
        // The new office's fields are bound and shown even while an existing office is chosen.
        newOffice = newOffice == null ? OfficeForm.empty() : newOffice;
    }

    static NewTermForm empty() {
        return new NewTermForm(OfficeChoice.EXISTING, null, OfficeForm.empty(), null, null);
    }
}
