package org.chancery.person.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chancery.common.Language;
import org.chancery.common.Bilingual;
import org.chancery.person.Office;
import org.chancery.person.OfficeCommand;
import org.jspecify.annotations.Nullable;

/**
 * An office as its form edits it: the titles, the state as typed (a name or a code, read by
 * {@link OfficeFields}), the institution it sits in if any (as typed: "2 · Ministry of Foreign Affairs",
 * a name or initials, read by {@link OfficeFields}), and the version it was read at
 * (none for a new office).
 */
record OfficeForm(
        @NotBlank(message = "{office.form.titleEn.required}") @Size(max = 2000, message = "{office.form.title.size}")
        @Nullable String titleEn,
        @NotBlank(message = "{office.form.titleRu.required}") @Size(max = 2000, message = "{office.form.title.size}")
        @Nullable String titleRu,
        @NotBlank(message = "{office.form.state.required}") @Nullable String state,
        @Nullable String institution,
        @Nullable Long version) {

    static OfficeForm empty() {
        return new OfficeForm(null, null, null, null, null);
    }

    /** The office as saved, its institution labelled as the field takes it back ({@code institutionLabel}, or null). */
    static OfficeForm from(Office office, @Nullable String institutionLabel) {
        return new OfficeForm(office.getTitleEn(), office.getTitleRu(), office.getStateCode(), institutionLabel,
                office.getVersion());
    }

    /** Once validated, with the state read as its code and the institution as its number (or none). */
    OfficeCommand command(String stateCode, @Nullable Long institution) {
        return new OfficeCommand(new Bilingual(String.valueOf(titleEn).strip(), String.valueOf(titleRu).strip()),
                stateCode, institution);
    }

    OfficeForm withVersion(long savedVersion) {
        return new OfficeForm(titleEn, titleRu, state, institution, savedVersion);
    }

    String title(Locale locale) {
        return String.valueOf(Language.pick(locale, titleEn, titleRu)).strip();
    }
}
