package org.chancery.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in account: Spring Security's {@link User} with the account's id
 * and the version it had at sign-in. A session whose version is no longer the account's (an
 * admin disabled it, changed its role or reset its password) is ended; see
 * {@link SignedInSessions}.
 */
public final class SignedInAccount extends User {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final long accountVersion;
    private final boolean mustChangePassword;

    SignedInAccount(Account account) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        if (account.getId() == null) {
            throw new IllegalStateException("only a stored account signs in");
        }
        this.accountId = account.getId();
        this.accountVersion = account.getVersion();
        this.mustChangePassword = account.mustChangePassword();
    }

    public long accountId() {
        return accountId;
    }

    public long accountVersion() {
        return accountVersion;
    }

    /** Whether an admin gave this password: then nothing but choosing one's own is allowed (see {@link OwnPasswordFirst}). */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}
