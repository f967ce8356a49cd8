package org.chancery.security.web;

import jakarta.validation.constraints.NotEmpty;

import org.jspecify.annotations.Nullable;

/** Someone's own new password, typed twice, with the current one to show it is them. */
@PasswordTypedTwice
record PasswordChangeForm(
        @NotEmpty(message = "{account.password.current.required}")
        @Nullable String currentPassword,
        @Nullable String password,
        @Nullable String confirmation) implements TypedPassword {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm(null, null, null);
    }
}
