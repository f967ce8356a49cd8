package org.chancery.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Accounts extends Repository<Account, Long> {

    Account save(Account account);

    Optional<Account> findById(long id);

    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    /** Every account, by name: a list page reads them in this one query (accounts have no associations). */
    @Query("select a from Account a order by lower(a.username), a.id")
    List<Account> findAllByName();

    boolean existsByRole(Role role);

    /**
     * The enabled admins, locked until the transaction ends: two admins demoting each other at
     * the same moment are taken one after the other, so the second sees the first's change and
     * the last admin stays one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.role = :admin and a.enabled = true order by a.id")
    List<Account> lockEnabledAdmins(Role admin);

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
