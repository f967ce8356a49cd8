package org.chancery.security.api;

import java.time.Instant;

import org.chancery.security.ApiToken;
import org.chancery.security.TokenScope;
import org.jspecify.annotations.Nullable;

/** A personal access token as its owner or an admin sees it: never its secret, never its hash. */
public record TokenResponse(
        long id,
        String name,
        String prefix,
        TokenScope scope,
        String account,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    static TokenResponse from(ApiToken token) {
        return new TokenResponse(token.getId(), token.getName(), token.getTokenPrefix(), token.getScope(),
                token.getAccount().getUsername(), token.getCreatedAt(), token.getExpiresAt(), token.getLastUsedAt(),
                token.getRevokedAt());
    }
}
