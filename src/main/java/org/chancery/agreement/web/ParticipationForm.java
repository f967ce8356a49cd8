package org.chancery.agreement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.agreement.ParticipationRole;
import org.jspecify.annotations.Nullable;

/**
 * A state joining an agreement: the state as typed (a code or a name, from the type-ahead
 * list), its role, and the version of the agreement the form was opened at.
 */
record ParticipationForm(
        @NotBlank(message = "{participation.form.state.required}")
        @Size(max = 200, message = "{participation.form.state.unknown}")
        @Nullable String state,
        @NotNull(message = "{participation.form.role.required}")
        @Nullable ParticipationRole role,
        @Nullable Long version) {

    static ParticipationForm empty(long version) {
        return new ParticipationForm(null, ParticipationRole.PARTY, version);
    }

    static @Nullable String fieldOfRule(String rule) {
        return switch (rule) {
            case "participation-once" -> "state";
            case "bilateral-two-parties" -> "role";
            default -> null;
        };
    }
}
