package org.chancery.agreement.web;

import java.util.Locale;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.agreement.Agreement;
import org.chancery.agreement.AgreementCommand;
import org.chancery.agreement.AgreementKind;
import org.chancery.common.Text;
import org.chancery.common.web.DateFields;
import org.jspecify.annotations.Nullable;

/**
 * An agreement's own fields as the form holds them: both names, the kind, whether it is
 * multilateral, the date it was opened as typed ("2020–2021", "March 2026") and a summary in
 * each language; an edit carries the version it was opened at.
 */
record AgreementForm(
        @NotBlank(message = "{agreement.form.nameEn.required}")
        @Size(max = 500, message = "{agreement.form.name.size}")
        @Nullable String nameEn,
        @NotBlank(message = "{agreement.form.nameRu.required}")
        @Size(max = 500, message = "{agreement.form.name.size}")
        @Nullable String nameRu,
        @NotNull(message = "{agreement.form.kind.required}")
        @Nullable AgreementKind kind,
        @Nullable Boolean multilateral,
        @Size(max = 60, message = "{typedDate.size}")
        @Nullable String opened,
        @Size(max = 2000, message = "{agreement.form.summary.size}")
        @Nullable String summaryEn,
        @Size(max = 2000, message = "{agreement.form.summary.size}")
        @Nullable String summaryRu,
        @Nullable Long version) {

    static AgreementForm empty() {
        return new AgreementForm(null, null, null, false, null, null, null, null);
    }

    static AgreementForm from(Agreement agreement, Locale locale) {
        return new AgreementForm(agreement.getNameEn(), agreement.getNameRu(), agreement.getKind(),
                agreement.isMultilateral(), DateFields.typed(agreement.getOpened(), locale), agreement.getSummaryEn(),
                agreement.getSummaryRu(), agreement.getVersion());
    }

    /** The same form, carrying another version: the one saved meanwhile, which saving again replaces knowingly. */
    AgreementForm withVersion(long saved) {
        return new AgreementForm(nameEn, nameRu, kind, multilateral, opened, summaryEn, summaryRu, saved);
    }

    /** The command the service takes, with the opening date already read as EDTF. Only for a valid form. */
    AgreementCommand command(@Nullable String openedEdtf) {
        Text summary = new Text(orNull(summaryEn), orNull(summaryRu));
        return new AgreementCommand(new AgreementCommand.Name(Objects.requireNonNull(nameEn).strip(),
                Objects.requireNonNull(nameRu).strip()), Objects.requireNonNull(kind), Boolean.TRUE.equals(multilateral),
                summary.isEmpty() ? null : summary, openedEdtf);
    }

    /** The form field a path of the command names. */
    static @Nullable String field(String commandPath) {
        return switch (commandPath) {
            case "name.en" -> "nameEn";
            case "name.ru" -> "nameRu";
            case "summary.en" -> "summaryEn";
            case "summary.ru" -> "summaryRu";
            case "kind", "multilateral", "opened" -> commandPath;
            default -> null;
        };
    }

    /** The form field a rule of the agreement concerns. */
    static @Nullable String fieldOfRule(String rule) {
        return switch (rule) {
            case "agreement-needs-names" -> "nameEn";
            case "bilateral-two-parties" -> "multilateral";
            case "date-end-before-start" -> "opened";
            default -> null;
        };
    }

    private static @Nullable String orNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
