package org.chancery.agreement.web;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.agreement.Step;
import org.chancery.agreement.StepCommand;
import org.jspecify.annotations.Nullable;

/**
 * A state's next step in an agreement: which step, its date as typed ("November 2025",
 * "10.02.2026"), the source that reports it and the passage quoted from it, and the version
 * of the agreement the form was opened at.
 */
record StepForm(
        @NotNull(message = "{step.form.step.required}")
        @Nullable Step step,
        @NotBlank(message = "{step.form.date.required}")
        @Size(max = 60, message = "{typedDate.size}")
        @Nullable String date,
        @NotNull(message = "{citation.form.source.required}")
        @Nullable Long sourceId,
        @NotBlank(message = "{citation.form.passage.required}")
        @Size(max = 10_000, message = "{citation.form.passage.size}")
        @Nullable String quotedPassage,
        @NotNull(message = "{recordForm.versionMissing}")
        @Nullable Long version) {

    static StepForm empty(@Nullable Step step, long version) {
        return new StepForm(step, null, null, null, version);
    }

    /** The command the service takes, with the date already read as EDTF. Only for a valid form. */
    StepCommand command(String dateEdtf) {
        return new StepCommand(Objects.requireNonNull(step), dateEdtf, Objects.requireNonNull(sourceId),
                Objects.requireNonNull(quotedPassage).strip());
    }

    static @Nullable String field(String commandPath) {
        return switch (commandPath) {
            case "date", "sourceId", "quotedPassage", "step" -> commandPath;
            default -> null;
        };
    }

    static @Nullable String fieldOfRule(String rule) {
        return switch (rule) {
            case "participation-step-order", "participation-step-needs-party" -> "step";
            case "participation-step-chronology", "date-end-before-start" -> "date";
            case "citation-needs-passage" -> "quotedPassage";
            default -> null;
        };
    }
}
