package org.chancery.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The next step of a state in an agreement, dated as the source dates it (EDTF, such as
 * {@code 2025-11}), with the source and the passage that report it.
 */
public record StepCommand(
        @NotNull Step step,
        @NotBlank @Size(max = 40) String date,
        @NotNull Long sourceId,
        @NotBlank @Size(max = 10_000) String quotedPassage) {
}
