package org.chancery.agreement.web;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.agreement.Step;
import org.chancery.agreement.StepCommand;
import org.chancery.source.Citation;
import org.chancery.source.web.CitationInput;
import org.jspecify.annotations.Nullable;

/**
 * A state's next step in an agreement: which step, its date as typed ("November 2025",
 * "10.02.2026"), the source that reports it (picked, or added inline) with the passage quoted
 * from it, and the version of the agreement the form was opened at.
 */
record StepForm(
        @NotNull(message = "{step.form.step.required}")
        @Nullable Step step,
        @NotBlank(message = "{step.form.date.required}")
        @Size(max = 60, message = "{typedDate.size}")
        @Nullable String date,
        @Nullable List<CitationInput> sources,
        @Nullable Long version) {

    /** The source's row is there, filled in or not, so that a problem with it has a field to stand beside. */
    StepForm {
        sources = sources == null || sources.isEmpty() ? List.of(CitationInput.empty()) : List.of(sources.getFirst());
    }

    static StepForm empty(@Nullable Step step, long version) {
        return new StepForm(step, null, null, version);
    }

    List<CitationInput> sourceRows() {
        return Objects.requireNonNull(sources);
    }

    /** The command the service takes, with the date read as EDTF and the source written. Only for a valid form. */
    StepCommand command(String dateEdtf, Citation citation) {
        return new StepCommand(Objects.requireNonNull(step), dateEdtf, citation.sourceId(), citation.quotedPassage());
    }

    static @Nullable String field(String commandPath) {
        return switch (commandPath) {
            case "date", "step" -> commandPath;
            case "sourceId" -> "sources[0].source";
            case "quotedPassage" -> "sources[0].passage";
            default -> null;
        };
    }

    static @Nullable String fieldOfRule(String rule) {
        return switch (rule) {
            case "participation-step-order", "participation-step-needs-party" -> "step";
            case "participation-step-chronology", "date-end-before-start" -> "date";
            case "citation-needs-passage" -> "sources[0].passage";
            default -> null;
        };
    }
}
