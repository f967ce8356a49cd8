package org.chancery.security.api;

import java.time.Instant;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.security.TokenScope;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/tokens}: a label, a scope and, if wanted, an expiry. */
public record CreateTokenRequest(
        @NotBlank(message = "must name what the token is for")
        @Size(max = 100, message = "must be at most 100 characters")
        @Nullable String name,
        @NotNull(message = "must be READ or WRITE")
        @Nullable TokenScope scope,
        @Future(message = "must lie in the future")
        @Nullable Instant expiresAt) {
}
