package org.chancery.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.chancery.common.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A personal access token: a script's key to the API on behalf of an account. Only the hash
 * of its secret is kept, with the first characters so its owner can tell tokens apart. A READ
 * token reads; a WRITE token does what its account may. A token is revoked at most once and
 * never comes back; an expired one stays listed but opens nothing.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    static final int MAXIMUM_NAME_LENGTH = 100;

    /**
     * How stale the last-used time may grow. Recording every use would turn every read a
     * script makes into a write; once a minute still tells an owner whether a token is in use.
     */
    static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "token_hash", length = 64, nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "token_prefix", length = 16, nullable = false, updatable = false)
    private String tokenPrefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private TokenScope scope;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", updatable = false)
    private @Nullable Instant expiresAt;

    /** Written only by {@link ApiTokens#recordUse}, one column, so it never races a revocation. */
    @Column(name = "last_used_at", insertable = false, updatable = false)
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ApiToken() {
        this.account = new Account();
        this.name = this.tokenHash = this.tokenPrefix = "";
        this.scope = TokenScope.READ;
        this.createdAt = Instant.EPOCH;
    }

    /**
     * A new token for {@code account}, keeping only the hash and prefix of {@code secret}.
     *
     * @throws RuleViolationException if the name is blank or too long, the expiry is not after
     *         {@code createdAt}, or a viewer's account asks for a WRITE token
     */
    ApiToken(Account account, String name, TokenScope scope, TokenSecret secret, Instant createdAt,
            @Nullable Instant expiresAt) {
        String label = name.strip();
        if (label.isEmpty() || label.length() > MAXIMUM_NAME_LENGTH) {
            throw new RuleViolationException("api-token-name",
                    "A token needs a name of 1 to " + MAXIMUM_NAME_LENGTH + " characters, to tell what uses it.");
        }
        if (scope == TokenScope.WRITE && account.getRole() == Role.VIEWER) {
            throw new RuleViolationException("api-token-write-needs-editor",
                    "A viewer's account may hold READ tokens only.");
        }
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new RuleViolationException("api-token-expiry-in-future", "A token's expiry must lie in the future.");
        }
        this.account = Objects.requireNonNull(account, "account");
        this.name = label;
        this.scope = Objects.requireNonNull(scope, "scope");
        this.tokenHash = secret.hash();
        this.tokenPrefix = secret.prefix();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = expiresAt;
    }

    /**
     * Revokes the token for good.
     *
     * @throws RuleViolationException if it is already revoked
     */
    void revoke(Instant at) {
        if (revokedAt != null) {
            throw new RuleViolationException("api-token-revoked-once", "This token is already revoked.");
        }
        revokedAt = at;
    }

    /** Whether the token opens the API at {@code at}: not revoked and not expired. Its account is checked apart. */
    public boolean isUsableAt(Instant at) {
        return revokedAt == null && (expiresAt == null || at.isBefore(expiresAt));
    }

    /** Whether a use at {@code at} should be written down, at most once per {@link #USE_RECORDING_INTERVAL}. */
    boolean isUseWorthRecordingAt(Instant at) {
        return lastUsedAt == null || !at.isBefore(lastUsedAt.plus(USE_RECORDING_INTERVAL));
    }

    /** The role the token acts with: a READ token never more than a viewer, a WRITE token its account's role. */
    public Role grantedRole() {
        return scope == TokenScope.READ ? Role.VIEWER : account.getRole();
    }

    boolean belongsTo(Account someone) {
        return account.getId() != null && account.getId().equals(someone.getId());
    }

    /** @throws IllegalStateException before the token is saved */
    public long getId() {
        if (id == null) {
            throw new IllegalStateException("the token is not saved yet");
        }
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public TokenScope getScope() {
        return scope;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    String getTokenHash() {
        return tokenHash;
    }
}
