package org.chancery.security.web;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** An admin's new password for someone else: made up by Chancery, or typed twice. */
@PasswordTypedTwice
record PasswordResetForm(
        @NotNull(message = "{form.password.choice.required}")
        @Nullable PasswordChoice passwordChoice,
        @Nullable String password,
        @Nullable String confirmation) implements TypedPassword {

    static PasswordResetForm empty() {
        return new PasswordResetForm(PasswordChoice.GENERATE, null, null);
    }

    @Override
    public boolean isPasswordTyped() {
        return passwordChoice == PasswordChoice.TYPE;
    }
}
