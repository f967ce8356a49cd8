package org.chancery.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Accounts extends Repository<Account, Long> {

    Account save(Account account);

    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    boolean existsByRole(Role role);

    /**
     * Notes a sign-in unless one was noted within the interval, without touching the version,
     * so signing in (HTTP Basic does on every request) costs no row write most of the time.
     */
    @Modifying
    @Query("""
            update Account a set a.lastSignInAt = :at
            where lower(a.username) = lower(:username) and (a.lastSignInAt is null or a.lastSignInAt <= :unlessSignedInAfter)""")
    int recordSignIn(String username, Instant at, Instant unlessSignedInAfter);

    /** Writes pending changes now, so that the version a change log entry names is the one written. */
    void flush();

    void delete(Account account);
}
