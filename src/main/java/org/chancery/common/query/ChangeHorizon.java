package org.chancery.common.query;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The oldest transaction still in flight ({@code pg_snapshot_xmin(pg_current_snapshot())}):
 * every change made by a transaction below it has committed (or was rolled back) and every
 * transaction that commits from now on has an id at or above it. A sync feed that hands out
 * only changes below it, in transaction order, never skips a change a later read would find;
 * a transaction left open holds the feed back, never loses it anything. Read before the
 * changes themselves, so that all below it is visible to that later statement, on the primary
 * and on a streaming replica alike (whose snapshot follows what it has replayed).
 */
public final class ChangeHorizon {

    private ChangeHorizon() {
    }

    public static long now(JdbcClient jdbc) {
        return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }
}
