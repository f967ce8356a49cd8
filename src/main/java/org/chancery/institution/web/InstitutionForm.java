package org.chancery.institution.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.common.Bilingual;
import org.chancery.institution.Institution;
import org.chancery.institution.InstitutionCommand;
import org.chancery.institution.InstitutionKind;
import org.jspecify.annotations.Nullable;

/**
 * An institution as the form holds it: both names, its kind, its state as typed (a name or
 * an ISO code, from the type-ahead list), and on an edit the version the form was opened on.
 */
record InstitutionForm(
        @NotBlank(message = "{institution.form.nameEn.required}")
        @Size(max = 2000, message = "{institution.form.name.size}")
        @Nullable String nameEn,
        @NotBlank(message = "{institution.form.nameRu.required}")
        @Size(max = 2000, message = "{institution.form.name.size}")
        @Nullable String nameRu,
        @NotNull(message = "{institution.form.kind.required}")
        @Nullable InstitutionKind kind,
        @Nullable String state,
        @Nullable Long version) {

    static InstitutionForm empty(@Nullable String state) {
        return new InstitutionForm(null, null, null, state, null);
    }

    static InstitutionForm from(Institution institution) {
        return new InstitutionForm(institution.getNameEn(), institution.getNameRu(), institution.getKind(),
                institution.getStateCode(), institution.getVersion());
    }

    /** The same form, to be saved over {@code savedVersion}. */
    InstitutionForm withVersion(long savedVersion) {
        return new InstitutionForm(nameEn, nameRu, kind, state, savedVersion);
    }

    /** What the service writes, once the form is valid and its state read as a code (or none). */
    InstitutionCommand command(@Nullable String stateCode) {
        return new InstitutionCommand(new Bilingual(strip(nameEn), strip(nameRu)), stateCode,
                kind == null ? InstitutionKind.OTHER : kind);
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
