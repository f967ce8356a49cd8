package org.chancery.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads accounts from PostgreSQL for form login and HTTP Basic alike. */
@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public SignedInAccount loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return new SignedInAccount(account);
    }
}
