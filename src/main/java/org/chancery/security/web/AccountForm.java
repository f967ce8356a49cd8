package org.chancery.security.web;

import jakarta.validation.constraints.NotNull;

import org.chancery.security.Account;
import org.chancery.security.Role;
import org.jspecify.annotations.Nullable;

/** An existing account's role and whether it may sign in, with the version they were read at. */
record AccountForm(
        @NotNull(message = "{admin.account.role.required}")
        @Nullable Role role,
        boolean enabled,
        long version) {

    static AccountForm from(Account account) {
        return new AccountForm(account.getRole(), account.isEnabled(), account.getVersion());
    }
}
