package org.chancery.common.query;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The oldest transaction of this database still in flight: every change made by a transaction
 * below it has committed (or was rolled back) and every transaction that commits from now on
 * has an id at or above it. A sync feed that hands out only changes below it, in transaction
 * order, never skips a change a later read would find; a transaction left open holds the feed
 * back, never loses it anything. Read before the changes themselves, so that all below it is
 * visible to that later statement, on the primary and on a streaming replica alike (whose
 * snapshot follows what it has replayed).
 *
 * <p>The snapshot's in-flight ids ({@code pg_snapshot_xip}) are those of the whole server. One
 * is passed over only when {@code pg_stat_activity} shows it running in another database, whose
 * sessions cannot write this one's tables: a long load or import there no longer stalls this
 * feed. Every other id counts, whatever the reason it cannot be placed (it ended a moment after
 * the snapshot, it is a prepared transaction, the role may not see other sessions, or, on a
 * replica, it runs on the primary), so a doubt only holds the feed back until the next read.
 * With none left the horizon is the snapshot's first unassigned id ({@code pg_snapshot_xmax}).
 */
public final class ChangeHorizon {

    private static final String HORIZON = """
            with snapshot as (select pg_current_snapshot() as taken)
            select coalesce(
                       (select min(running)
                          from snapshot, pg_snapshot_xip(taken) as running
                         where not exists (select from pg_stat_activity session
                                            where session.backend_xid = running::xid
                                              and session.datname <> current_database())),
                       (select pg_snapshot_xmax(taken) from snapshot))::text::bigint
            """;

    private ChangeHorizon() {
    }

    public static long now(JdbcClient jdbc) {
        return jdbc.sql(HORIZON).query(Long.class).single();
    }
}
