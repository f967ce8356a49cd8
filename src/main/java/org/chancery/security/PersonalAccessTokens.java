package org.chancery.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.chancery.audit.ChangeAction;
import org.chancery.audit.ChangeLog;
import org.chancery.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for scripts: issued by editors and admins, listed and revoked by
 * their owners (admins: anyone's), and checked when a script presents one. The secret leaves
 * this class once, in {@link IssuedToken}; it is never logged or kept. Issuing and revoking
 * go into the change log as resource {@value #HISTORY}, with the token's prefix, never its secret.
 */
@Service
@Transactional(readOnly = true)
public class PersonalAccessTokens {

    public static final String HISTORY = "api-tokens";
    private static final String KIND = "API token";
    /** Tokens carry no version: a token changes once, when it is revoked. */
    private static final long UNVERSIONED = 0;

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final ChangeLog changeLog;
    private final Clock clock;

    PersonalAccessTokens(ApiTokens tokens, Accounts accounts, ChangeLog changeLog, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Issues a token to the account {@code username}.
     *
     * @throws org.chancery.common.RuleViolationException if the token's own rules refuse it
     */
    @Transactional
    public IssuedToken issue(String username, String name, TokenScope scope, @Nullable Instant expiresAt) {
        Account owner = accountOf(username);
        TokenSecret secret = TokenSecret.generate();
        ApiToken token = tokens.save(new ApiToken(owner, name, scope, secret, now(), expiresAt));
        changeLog.record(HISTORY, token.getId(), ChangeAction.CREATED, null, TokenSnapshot.of(token), UNVERSIONED, null);
        return new IssuedToken(token, secret.value());
    }

    /** The caller's own tokens, newest first, revoked and expired ones included. */
    public List<ApiToken> tokensOf(String username) {
        return tokens.findAllOfAccount(idOf(accountOf(username)));
    }

    /**
     * Every account's tokens, by account.
     *
     * @throws AccessDeniedException unless the caller is an admin
     */
    public List<ApiToken> everyonesTokens(String username) {
        if (accountOf(username).getRole() != Role.ADMIN) {
            throw new AccessDeniedException("only admins list everyone's tokens");
        }
        return tokens.findAllWithAccounts();
    }

    /**
     * One token the caller may see: their own, or anyone's for an admin.
     *
     * @throws NotFoundException for any other id, so others' token ids do not leak
     */
    public ApiToken token(String username, long id) {
        return visibleToken(accountOf(username), id);
    }

    /**
     * Revokes a token of the caller's (an admin: anyone's).
     *
     * @throws NotFoundException for another's token, as for an unknown id
     * @throws org.chancery.common.RuleViolationException if it is revoked already
     */
    @Transactional
    public void revoke(String username, long id) {
        ApiToken token = visibleToken(accountOf(username), id);
        TokenSnapshot before = TokenSnapshot.of(token);
        token.revoke(now());
        changeLog.record(HISTORY, id, ChangeAction.UPDATED, before, TokenSnapshot.of(token), UNVERSIONED, null);
    }

    /**
     * The token a script presented, if it opens the API now: known, not revoked, not expired,
     * and its account enabled. Notes the use, at most once a minute per token.
     */
    @Transactional
    Optional<TokenHolder> authenticate(String presented) {
        Optional<TokenSecret> secret = TokenSecret.parse(presented);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        Instant now = now();
        Optional<ApiToken> found = tokens.findByHash(secret.get().hash())
                .filter(token -> token.isUsableAt(now) && token.getAccount().isEnabled());
        found.filter(token -> token.isUseWorthRecordingAt(now))
                .ifPresent(token -> tokens.recordUse(token.getId(), now, now.minus(ApiToken.USE_RECORDING_INTERVAL)));
        return found.map(TokenHolder::of);
    }

    private ApiToken visibleToken(Account caller, long id) {
        return tokens.findWithAccountById(id)
                .filter(token -> token.belongsTo(caller) || caller.getRole() == Role.ADMIN)
                .orElseThrow(() -> NotFoundException.forId(KIND, id));
    }

    private Account accountOf(String username) {
        // The caller was authenticated moments ago; an account gone since is no longer signed in.
        return accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("account gone"));
    }

    private static long idOf(Account account) {
        if (account.getId() == null) {
            throw new IllegalStateException("a stored account has an id");
        }
        return account.getId();
    }

    /** PostgreSQL keeps microseconds; what a response shows must equal what a later read shows. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** What the change log keeps of a token: what tells it apart, never its secret or hash. */
    record TokenSnapshot(String account, String name, String prefix, TokenScope scope, @Nullable Instant expiresAt,
            @Nullable Instant revokedAt) {

        static TokenSnapshot of(ApiToken token) {
            return new TokenSnapshot(token.getAccount().getUsername(), token.getName(), token.getTokenPrefix(),
                    token.getScope(), token.getExpiresAt(), token.getRevokedAt());
        }
    }

    /** A token just issued, with its secret: the only time the secret is seen. */
    public record IssuedToken(ApiToken token, String secret) {

        @Override
        public String toString() {
            return "IssuedToken[" + token.getTokenPrefix() + "…]";
        }
    }

    /** Who a presented token speaks for and with what role, once it has been checked. */
    record TokenHolder(long tokenId, String username, TokenScope scope, Role role, Instant createdAt,
            @Nullable Instant expiresAt) {

        static TokenHolder of(ApiToken token) {
            return new TokenHolder(token.getId(), token.getAccount().getUsername(), token.getScope(),
                    token.grantedRole(), token.getCreatedAt(), token.getExpiresAt());
        }
    }
}
