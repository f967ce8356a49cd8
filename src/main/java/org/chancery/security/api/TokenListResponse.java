package org.chancery.security.api;

import java.util.List;

/** Tokens, newest first (an admin's {@code ?all=true}: by account, then newest first). */
public record TokenListResponse(List<TokenResponse> items) {
}
