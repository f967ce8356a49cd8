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

/**
 * Someone who signs in. Only the encoder's hash of the password is ever stored. The account
 * guards the rules that keep Chancery administrable: nobody demotes or disables themselves,
 * and the last enabled admin stays one.
 */
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

    /** Whether the password was given by an admin and its holder has yet to choose their own. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Written only by {@link Accounts#recordSignIn}, so signing in never bumps the version. */
    @Column(name = "last_sign_in_at", insertable = false, updatable = false)
    private @Nullable Instant lastSignInAt;

    /** Letters, digits and {@code . _ @ -}, 3 to 64 of them: what any account's username is. */
    public static boolean isWellFormedUsername(@Nullable String username) {
        return username != null && username.matches("[A-Za-z0-9._@-]{3,64}");
    }

    protected Account() {
        this.username = this.passwordHash = "";
        this.role = Role.VIEWER;
    }

    public Account(String username, String passwordHash, Role role) {
        if (!isWellFormedUsername(username)) {
            throw new RuleViolationException("account-username",
                    "A username has 3 to 64 letters, digits, dots, dashes, underscores or @.");
        }
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
    }

    /** A new account whose password an admin gives: its holder chooses their own at the first sign-in. */
    public static Account withIssuedPassword(String username, String passwordHash, Role role) {
        Account account = new Account(username, passwordHash, role);
        account.mustChangePassword = true;
        return account;
    }

    /**
     * Sets the role and whether the account may sign in, as {@code actor} asks.
     *
     * @param enabledAdmins how many enabled admins there are now, this account included if it is one
     * @throws RuleViolationException if the actor would change their own role or disable
     *         themselves ({@code account-own-role}, {@code account-own-disable}), or the last
     *         enabled admin would stop being one ({@code account-last-admin})
     */
    public void update(Role newRole, boolean newEnabled, Account actor, long enabledAdmins) {
        Objects.requireNonNull(newRole, "newRole");
        if (isSameAccountAs(actor) && newRole != role) {
            throw new RuleViolationException("account-own-role",
                    "You cannot change your own role; another admin can.");
        }
        if (isSameAccountAs(actor) && enabled && !newEnabled) {
            throw new RuleViolationException("account-own-disable", "You cannot disable your own account.");
        }
        boolean staysEnabledAdmin = newRole == Role.ADMIN && newEnabled;
        if (isEnabledAdmin() && !staysEnabledAdmin && enabledAdmins <= 1) {
            throw new RuleViolationException("account-last-admin",
                    "This is the last enabled admin: make another account an admin first.");
        }
        this.role = newRole;
        this.enabled = newEnabled;
    }

    /** The holder's own choice of password; {@code newPasswordHash} is the encoder's hash, never the password. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        this.mustChangePassword = false;
    }

    /** A password an admin gives, which its holder must replace with their own at their next sign-in. */
    public void issuePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        this.mustChangePassword = true;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabledAdmin() {
        return enabled && role == Role.ADMIN;
    }

    /** Whether this is {@code other}: the same stored account, or the very same object before it is stored. */
    public boolean isSameAccountAs(Account other) {
        return this == other || (getId() != null && getId().equals(other.getId()));
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
