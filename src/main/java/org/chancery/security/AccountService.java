package org.chancery.security;

import java.util.List;
import java.util.Optional;

import org.chancery.audit.ChangeAction;
import org.chancery.audit.ChangeLog;
import org.chancery.audit.ChangeLog.ChangeEntry;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.NotFoundException;
import org.chancery.common.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as admins manage them (create, set role and enabled, reset a password) and as their
 * holders do (change their own password). The account's own rules decide what may change;
 * every change goes into the change log as resource {@value #HISTORY}, and a password only
 * as "changed", never with a value or a hash.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    public static final String HISTORY = "accounts";
    private static final String KIND = "account";
    private static final String PASSWORD_FIELD = "password";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final ThrottledAuthenticationProvider signIn;
    private final ChangeLog changeLog;

    AccountService(Accounts accounts, PasswordEncoder encoder, ThrottledAuthenticationProvider signIn, ChangeLog changeLog) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.signIn = signIn;
        this.changeLog = changeLog;
    }

    /** Every account, by username. */
    public List<Account> accounts() {
        return accounts.findAllByName();
    }

    /** @throws NotFoundException if no account has this id */
    public Account account(long id) {
        return accounts.findById(id).orElseThrow(() -> NotFoundException.forId(KIND, id));
    }

    /** The signed-in caller's own account. */
    public Account accountNamed(String username) {
        // The caller was authenticated moments ago; an account gone since is no longer signed in.
        return accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("account gone"));
    }

    /** Who changed the account and how, oldest first. */
    public List<ChangeEntry> history(long id) {
        return changeLog.historyOf(HISTORY, id);
    }

    /**
     * @throws RuleViolationException if the username is taken ({@code account-username-taken})
     *         or malformed, or the password too short or too long
     */
    @Transactional
    public Account create(String username, Role role, String password) {
        String name = username.strip();
        if (accounts.findByUsername(name).isPresent()) {
            throw usernameTaken();
        }
        Account account;
        try {
            account = accounts.save(Account.withIssuedPassword(name, encode(password, name), role));
        } catch (DataIntegrityViolationException takenMeanwhile) {
            throw usernameTaken();
        }
        changeLog.record(HISTORY, idOf(account), ChangeAction.CREATED, null, AccountSnapshot.of(account),
                account.getVersion(), null);
        return account;
    }

    /**
     * Sets an account's role and whether it may sign in, as the admin {@code actorUsername} asks.
     *
     * @throws org.chancery.common.StaleVersionException if the account changed since {@code expected}
     * @throws RuleViolationException if the account's rules refuse it (see {@link Account#update})
     */
    @Transactional
    public Account update(long id, ExpectedVersion expected, Role role, boolean enabled, String actorUsername) {
        Account account = account(id);
        expected.check(account.getVersion());
        Account actor = accountNamed(actorUsername);
        AccountSnapshot before = AccountSnapshot.of(account);
        long enabledAdmins = account.isEnabledAdmin() ? accounts.lockEnabledAdmins(Role.ADMIN).size() : 0;
        account.update(role, enabled, actor, enabledAdmins);
        AccountSnapshot after = AccountSnapshot.of(account);
        if (!after.equals(before)) {
            accounts.flush();
            changeLog.record(HISTORY, id, ChangeAction.UPDATED, before, after, account.getVersion(), null);
        }
        return account;
    }

    /**
     * Gives another account a new password.
     *
     * @throws RuleViolationException for the admin's own account ({@code account-reset-own}:
     *         that takes the current password, on their own page), or an unfit password
     */
    @Transactional
    public void resetPassword(long id, String newPassword, String actorUsername) {
        Account account = account(id);
        if (account.isSameAccountAs(accountNamed(actorUsername))) {
            throw new RuleViolationException("account-reset-own",
                    "Change your own password on your account page, where your current one is asked for.");
        }
        account.issuePassword(encode(newPassword, account.getUsername()));
        logPasswordChange(account);
    }

    /**
     * Changes the caller's own password once the current one is confirmed. The current one is
     * checked exactly as at sign-in, throttle included, so this form guesses no faster.
     *
     * @throws RuleViolationException if the current password is wrong ({@code account-current-password})
     *         or the new one unfit
     * @throws SignInThrottledException if too many sign-ins failed for this username or address
     */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword,
            @Nullable String remoteAddress) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                currentPassword);
        attempt.setDetails(new WebAuthenticationDetails(remoteAddress == null ? "unknown" : remoteAddress, null));
        try {
            signIn.authenticate(attempt);
        } catch (SignInThrottledException throttled) {
            throw throttled;
        } catch (AuthenticationException wrong) {
            throw new RuleViolationException("account-current-password", "The current password is not right.");
        }
        Account account = accountNamed(username);
        account.changePassword(encode(newPassword, account.getUsername()));
        logPasswordChange(account);
    }

    private void logPasswordChange(Account account) {
        accounts.flush();
        changeLog.recordConcealed(HISTORY, idOf(account), AccountSnapshot.of(account), account.getVersion(),
                List.of(PASSWORD_FIELD), null);
    }

    /** The forms check the same; this guards every other way in. */
    private String encode(String password, String username) {
        Optional<PasswordPolicy.Refusal> refusal = PasswordPolicy.refusal(password, username);
        if (refusal.isPresent()) {
            throw new RuleViolationException(refusal.get().rule(), switch (refusal.get()) {
                case BLANK -> "A password is not only spaces.";
                case TOO_SHORT, TOO_LONG -> "A password has at least " + PasswordPolicy.MINIMUM_LENGTH
                        + " characters and at most " + PasswordPolicy.MAXIMUM_BYTES + " bytes.";
                case REPETITIVE -> "A password is not one or two characters repeated.";
                case COMMON -> "This password is among the first ones anyone guesses.";
                case CONTAINS_USERNAME -> "A password does not contain the account's username.";
            });
        }
        return encoder.encode(password);
    }

    private static RuleViolationException usernameTaken() {
        return new RuleViolationException("account-username-taken", "Another account has this username.");
    }

    private static long idOf(Account account) {
        if (account.getId() == null) {
            throw new IllegalStateException("a stored account has an id");
        }
        return account.getId();
    }

    /** What the history keeps of an account: never its password or hash. */
    record AccountSnapshot(String username, Role role, boolean enabled) {

        static AccountSnapshot of(Account account) {
            return new AccountSnapshot(account.getUsername(), account.getRole(), account.isEnabled());
        }
    }
}
