package org.chancery.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What sign-ins leave behind, in PostgreSQL so that every instance sees the same: runs of
 * failures per username and per remote address (the throttle), and each account's last
 * sign-in. Nothing here knows whether a username names an account.
 */
@Component
class SignInAttempts {

    /** How stale the last sign-in may grow: HTTP Basic signs in on every request. */
    static final Duration SIGN_IN_RECORDING_INTERVAL = Duration.ofMinutes(1);
    private static final int MAXIMUM_SUBJECT_LENGTH = 100;

    enum Kind { USERNAME, ADDRESS }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final SignInThrottleProperties properties;

    SignInAttempts(JdbcClient jdbc, Accounts accounts, Clock clock, SignInThrottleProperties properties) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.properties = properties;
    }

    /** Where a username or an address stands before its password is checked. */
    record Standing(Optional<Duration> lock, boolean usernameHasFailures) {
    }

    @Transactional(readOnly = true)
    Standing standing(String username, @Nullable String address) {
        Instant now = now();
        List<Row> rows = jdbc.sql("""
                select kind, failures, window_started_at, last_failure_at, locked_until from sign_in_throttle
                 where (kind = 'USERNAME' and subject = :username) or (kind = 'ADDRESS' and subject = :address)""")
                .param("username", usernameKey(username))
                .param("address", addressKey(address))
                .query(SignInAttempts::row)
                .list();
        Optional<Duration> lock = rows.stream()
                .flatMap(row -> row.run().lockRemainingAt(now).stream())
                .max(Duration::compareTo);
        return new Standing(lock, rows.stream().anyMatch(row -> row.kind() == Kind.USERNAME));
    }

    /**
     * Counts a failed sign-in against the username and the address, locking either when it has
     * failed too often. In a transaction of its own: a failure counts even where the work
     * around it is rolled back (a password change refused for a wrong current password).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username, @Nullable String address) {
        Instant now = now();
        count(Kind.USERNAME, usernameKey(username), properties.usernameLimit(), now);
        count(Kind.ADDRESS, addressKey(address), properties.addressLimit(), now);
        // Runs whose lock is long forgotten would start afresh anyway; keep the table small.
        jdbc.sql("delete from sign_in_throttle where last_failure_at < :over")
                .param("over", at(now.minus(properties.forgetAfter()).minus(properties.maximumLock())))
                .update();
    }

    /**
     * A sign-in succeeded: the username's run of failures ends (the address's does not, or one
     * good account would let its holder guess others' passwords unhindered), and the account's
     * last sign-in is noted.
     */
    @Transactional
    void succeeded(String username, boolean usernameHadFailures) {
        Instant now = now();
        if (usernameHadFailures) {
            jdbc.sql("delete from sign_in_throttle where kind = 'USERNAME' and subject = :username")
                    .param("username", usernameKey(username))
                    .update();
        }
        accounts.recordSignIn(username, now, now.minus(SIGN_IN_RECORDING_INTERVAL));
    }

    private void count(Kind kind, String subject, FailedSignIns.Limit limit, Instant now) {
        Optional<FailedSignIns> current = lockedRun(kind, subject);
        if (current.isEmpty()) {
            FailedSignIns first = FailedSignIns.first(now, limit);
            int inserted = jdbc.sql("""
                    insert into sign_in_throttle (kind, subject, failures, window_started_at, last_failure_at, locked_until)
                    values (:kind, :subject, :failures, :windowStartedAt, :lastFailureAt, :lockedUntil)
                    on conflict (kind, subject) do nothing""")
                    .param("kind", kind.name())
                    .param("subject", subject)
                    .param("failures", first.failures())
                    .param("windowStartedAt", at(first.windowStartedAt()))
                    .param("lastFailureAt", at(first.lastFailureAt()))
                    .param("lockedUntil", at(first.lockedUntil()))
                    .update();
            if (inserted == 1) {
                return;
            }
            // Another request (perhaps on another instance) began the run a moment ago.
            current = lockedRun(kind, subject);
        }
        FailedSignIns next = current.orElseThrow().after(now, limit);
        jdbc.sql("""
                update sign_in_throttle set failures = :failures, window_started_at = :windowStartedAt,
                       last_failure_at = :lastFailureAt, locked_until = :lockedUntil
                 where kind = :kind and subject = :subject""")
                .param("kind", kind.name())
                .param("subject", subject)
                .param("failures", next.failures())
                .param("windowStartedAt", at(next.windowStartedAt()))
                .param("lastFailureAt", at(next.lastFailureAt()))
                .param("lockedUntil", at(next.lockedUntil()))
                .update();
    }

    /** The run, locked until the transaction ends, so concurrent failures are counted one after the other. */
    private Optional<FailedSignIns> lockedRun(Kind kind, String subject) {
        return jdbc.sql("""
                select kind, failures, window_started_at, last_failure_at, locked_until from sign_in_throttle
                 where kind = :kind and subject = :subject for update""")
                .param("kind", kind.name())
                .param("subject", subject)
                .query(SignInAttempts::row)
                .optional()
                .map(Row::run);
    }

    /** Usernames are matched without case, as accounts are; an overlong one names no account but is still counted. */
    static String usernameKey(String username) {
        return truncate(username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(@Nullable String address) {
        return address == null || address.isBlank() ? "unknown" : truncate(address.strip());
    }

    private static String truncate(String subject) {
        return subject.length() > MAXIMUM_SUBJECT_LENGTH ? subject.substring(0, MAXIMUM_SUBJECT_LENGTH) : subject;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private record Row(Kind kind, FailedSignIns run) {
    }

    private static Row row(ResultSet row, int number) throws SQLException {
        OffsetDateTime lockedUntil = row.getObject("locked_until", OffsetDateTime.class);
        return new Row(Kind.valueOf(row.getString("kind")), new FailedSignIns(row.getInt("failures"),
                row.getObject("window_started_at", OffsetDateTime.class).toInstant(),
                row.getObject("last_failure_at", OffsetDateTime.class).toInstant(),
                lockedUntil == null ? null : lockedUntil.toInstant()));
    }
}
