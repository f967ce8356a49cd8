package org.chancery.security;

import java.util.List;

import org.chancery.audit.ChangeLog;
import org.chancery.common.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as their holders manage them: their own password. Every change goes into the
 * change log as resource {@value #HISTORY}, and a password only as "changed", never with a
 * value or a hash.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    public static final String HISTORY = "accounts";
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

    /** The signed-in caller's own account. */
    public Account accountNamed(String username) {
        // The caller was authenticated moments ago; an account gone since is no longer signed in.
        return accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("account gone"));
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
        replacePassword(accountNamed(username), newPassword);
    }

    private void replacePassword(Account account, String newPassword) {
        account.changePassword(encode(newPassword));
        accounts.flush();
        changeLog.recordConcealed(HISTORY, idOf(account), AccountSnapshot.of(account), account.getVersion(),
                List.of(PASSWORD_FIELD), null);
    }

    /** The forms check the same; this guards every other way in. */
    private String encode(String password) {
        if (!PasswordPolicy.isLongEnough(password) || !PasswordPolicy.isShortEnough(password)) {
            throw new RuleViolationException("account-password-length", "A password has at least "
                    + PasswordPolicy.MINIMUM_LENGTH + " characters and at most " + PasswordPolicy.MAXIMUM_BYTES + " bytes.");
        }
        return encoder.encode(password);
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
