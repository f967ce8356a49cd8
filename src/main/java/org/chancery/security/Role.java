package org.chancery.security;

/** What an account may do: viewers read, editors also write, admins also manage accounts. */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
