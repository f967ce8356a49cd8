package org.chancery.security.api;

import java.time.Instant;

import org.chancery.security.PersonalAccessTokens.IssuedToken;
import org.chancery.security.TokenScope;
import org.jspecify.annotations.Nullable;

/** A token just issued: the one response that carries its secret. Nothing can show it again. */
public record IssuedTokenResponse(
        long id,
        String name,
        String prefix,
        TokenScope scope,
        String account,
        Instant createdAt,
        @Nullable Instant expiresAt,
        String secret) {

    static IssuedTokenResponse from(IssuedToken issued) {
        var token = issued.token();
        return new IssuedTokenResponse(token.getId(), token.getName(), token.getTokenPrefix(), token.getScope(),
                token.getAccount().getUsername(), token.getCreatedAt(), token.getExpiresAt(), issued.secret());
    }

    @Override
    public String toString() {
        return "IssuedTokenResponse[id=" + id + ", prefix=" + prefix + "]";
    }
}
