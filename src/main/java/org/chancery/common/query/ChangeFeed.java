package org.chancery.common.query;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a table's changes for sync: the rows {@code where} keeps that changed since
 * {@code since} (or after {@code after}), in change order and only below the
 * {@link ChangeHorizon}, read into {@link ChangedRecord}s by {@code changes}.
 */
public final class ChangeFeed {

    private ChangeFeed() {
    }

    /**
     * @param select the statement up to its {@code where}, selecting {@code alias.change_xid}
     *               with the columns {@code changes} reads
     */
    public static <T> KeysetPage<ChangedRecord<T>> page(JdbcClient jdbc, String select, String alias, WhereClause where,
            Instant since, @Nullable ChangePosition after, int limit, RowMapper<ChangedRecord<T>> changes) {
        long horizon = ChangeHorizon.now(jdbc);
        where.changedSince(alias, since, after, horizon);
        List<ChangedRecord<T>> fetched = jdbc.sql(select + where.sql() + " order by " + alias + ".change_xid, " + alias
                        + ".id limit :limit")
                .params(where.parameters()).param("limit", limit + 1).query(changes).list();
        return KeysetPage.changes(fetched, limit, horizon);
    }
}
