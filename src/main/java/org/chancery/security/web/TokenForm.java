package org.chancery.security.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.security.TokenScope;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new personal access token: what it is for, its scope and, if wanted, the last day it works. */
record TokenForm(
        @NotBlank(message = "{account.token.name.required}")
        @Size(max = 100, message = "{account.token.name.tooLong}")
        @Nullable String name,
        @NotNull(message = "{account.token.scope.required}")
        @Nullable TokenScope scope,
        @FutureOrPresent(message = "{account.token.expiresOn.past}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable LocalDate expiresOn) {

    static TokenForm empty() {
        return new TokenForm(null, TokenScope.READ, null);
    }

    /** A token works through its last day (UTC) and stops at the midnight after it. */
    @Nullable Instant expiresAt() {
        return expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
