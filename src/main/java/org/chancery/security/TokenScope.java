package org.chancery.security;

/**
 * What a personal access token may do: {@code READ} only reads, whatever its account may do;
 * {@code WRITE} does everything its account's role allows.
 */
public enum TokenScope {
    READ, WRITE;

    /** The authority a token of this scope carries besides its role, so rules can tell READ tokens apart. */
    public String authority() {
        return "SCOPE_" + name();
    }
}
