package org.chancery.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A state admitted to an agreement: as a party (which takes steps), a facilitator or an observer. */
public record ParticipationCommand(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166-1 alpha-2 code") String state,
        @NotNull ParticipationRole role) {
}
