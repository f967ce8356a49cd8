package org.chancery.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.chancery.security.Role;
import org.jspecify.annotations.Nullable;

/** A new account: a username, a role, and a password made up by Chancery or typed twice by the admin. */
@PasswordTypedTwice
record NewAccountForm(
        @NotBlank(message = "{admin.account.username.required}")
        @Pattern(regexp = "^$|\\s*[A-Za-z0-9._@-]{3,64}\\s*", message = "{admin.account.username.format}")
        @Nullable String username,
        @NotNull(message = "{admin.account.role.required}")
        @Nullable Role role,
        @NotNull(message = "{form.password.choice.required}")
        @Nullable PasswordChoice passwordChoice,
        @Nullable String password,
        @Nullable String confirmation) implements TypedPassword {

    static NewAccountForm empty() {
        return new NewAccountForm(null, Role.VIEWER, PasswordChoice.GENERATE, null, null);
    }

    @Override
    public boolean isPasswordTyped() {
        return passwordChoice == PasswordChoice.TYPE;
    }
}
