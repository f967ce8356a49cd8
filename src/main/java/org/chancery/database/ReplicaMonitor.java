package org.chancery.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Checks the replica every {@code checkEvery}: it must answer, and lag at most
 * {@code maxLag} behind the primary. The lag is zero while the replica has replayed all of
 * the primary's WAL, else the time since the last transaction it replayed. While it fails,
 * reads go to the primary; the next good check sends them back.
 */
final class ReplicaMonitor implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReplicaMonitor.class);

    private final DataSource primary;
    private final HikariDataSource replica;
    private final Duration maxLag;
    private final Clock clock;
    private final AtomicReference<ReplicaStatus> status;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "replica-check");
        thread.setDaemon(true);
        return thread;
    });

    ReplicaMonitor(DataSource primary, HikariDataSource replica, ReplicaProperties properties, Clock clock) {
        this.primary = primary;
        this.replica = replica;
        this.maxLag = properties.maxLag();
        this.clock = clock;
        this.status = new AtomicReference<>(ReplicaStatus.fallBack(null, "not checked yet", clock.instant()));
        check();
        long every = properties.checkEvery().toMillis();
        checks.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    /** The replica's own pool, which this monitor closes with the application. */
    DataSource replicaPool() {
        return replica;
    }

    ReplicaStatus status() {
        return status.get();
    }

    Duration maxLag() {
        return maxLag;
    }

    /** A read found the replica down between two checks. */
    void markDown(SQLException cause) {
        update(ReplicaStatus.fallBack(null, "unreachable: " + cause.getMessage(), clock.instant()));
    }

    void check() {
        try {
            Duration lag = lag();
            update(lag.compareTo(maxLag) <= 0 ? ReplicaStatus.inUse(lag, clock.instant())
                    : ReplicaStatus.fallBack(lag, "lags " + lag + ", more than " + maxLag, clock.instant()));
        } catch (SQLException | RuntimeException e) {
            update(ReplicaStatus.fallBack(null, "unreachable: " + e.getMessage(), clock.instant()));
        }
    }

    private Duration lag() throws SQLException {
        String primaryPosition;
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select pg_current_wal_lsn()::text")) {
            row.next();
            primaryPosition = row.getString(1);
        }
        try (Connection connection = replica.getConnection(); PreparedStatement statement = connection.prepareStatement("""
                select not pg_is_in_recovery() or pg_last_wal_replay_lsn() >= ?::pg_lsn as caught_up,
                       extract(epoch from now() - pg_last_xact_replay_timestamp()) as behind""")) {
            statement.setString(1, primaryPosition);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                if (row.getBoolean("caught_up")) {
                    return Duration.ZERO;
                }
                double behind = row.getDouble("behind");
                return row.wasNull() ? Duration.ofDays(1) : Duration.ofMillis(Math.max(0, Math.round(behind * 1000)));
            }
        }
    }

    private void update(ReplicaStatus next) {
        ReplicaStatus previous = status.getAndSet(next);
        if (previous.readsFromReplica() != next.readsFromReplica()) {
            if (next.readsFromReplica()) {
                log.info("Reading from the replica again (lag {})", next.lag());
            } else {
                log.warn("Reading from the primary: the replica {}", next.fallbackReason());
            }
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
        replica.close();
    }
}
