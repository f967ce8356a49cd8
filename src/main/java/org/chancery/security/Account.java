package org.chancery.security;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.chancery.common.RuleViolationException;
import org.chancery.common.VersionedEntity;
import org.jspecify.annotations.Nullable;

/** Someone who signs in. Only the encoder's hash of the password is ever stored. */
@Entity
@Table(name = "account")
public class Account extends VersionedEntity {

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Written only by {@link Accounts#recordSignIn}, so signing in never bumps the version. */
    @Column(name = "last_sign_in_at", insertable = false, updatable = false)
    private @Nullable Instant lastSignInAt;

    protected Account() {
        this.username = this.passwordHash = "";
        this.role = Role.VIEWER;
    }

    public Account(String username, String passwordHash, Role role) {
        if (!username.matches("[A-Za-z0-9._@-]{3,64}")) {
            throw new RuleViolationException("account-username",
                    "A username has 3 to 64 letters, digits, dots, dashes, underscores or @.");
        }
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
    }

    /** Replaces the password; {@code newPasswordHash} is the encoder's hash, never the password. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public @Nullable Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
