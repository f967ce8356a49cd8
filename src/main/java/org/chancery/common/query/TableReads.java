package org.chancery.common.query;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.chancery.common.RecordNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements a listing runs over its table: a keyset page, the count, the changes since
 * a time (for soft-deleted records, deletions included), one record by key. Each is a single
 * statement, whatever the page size; what is shown of a row, and how it is filtered and
 * ordered, is the listing's own.
 *
 * @param <T> the representation of one row
 */
public final class TableReads<T> {

    /** How the table is read. */
    public record Table(String name, String alias, String keyColumn, boolean softDeleted, String kind) {

        /** A table keyed by {@code id} whose rows are deleted softly ({@code deleted_at}). */
        public static Table softDeleted(String name, String alias, String kind) {
            return new Table(name, alias, "id", true, kind);
        }

        /** A table whose rows are deleted for good, keyed by {@code keyColumn}. */
        public static Table hardDeleted(String name, String alias, String keyColumn, String kind) {
            return new Table(name, alias, keyColumn, false, kind);
        }
    }

    private final JdbcClient jdbc;
    private final Table table;
    private final String select;
    private final String columns;
    private final RowMapper<T> rows;

    /**
     * @param columns what to select of the table, by its alias (and any subqueries), without
     *                {@code from}; for a soft-deleted table it includes {@code deleted_at}
     */
    public TableReads(JdbcClient jdbc, Table table, String columns, RowMapper<T> rows) {
        this.jdbc = jdbc;
        this.table = table;
        this.select = "select " + columns + " from " + table.name() + " " + table.alias();
        this.columns = columns;
        this.rows = rows;
    }

    /** A new condition set, holding only live rows. */
    public WhereClause live() {
        WhereClause where = new WhereClause();
        return table.softDeleted() ? where.and(table.alias() + ".deleted_at is null") : where;
    }

    /** At most {@code limit} rows that {@code where} keeps, in {@code orderBy}; one more is read to see whether a page follows. */
    public KeysetPage<T> page(WhereClause where, String orderBy, int limit, Function<T, KeysetCursor> positionOf) {
        List<T> fetched = jdbc.sql(select + where.sql() + " order by " + orderBy + " limit :limit")
                .params(where.parameters()).param("limit", limit + 1).query(rows).list();
        return KeysetPage.cut(fetched, limit, positionOf);
    }

    public long count(WhereClause where) {
        return jdbc.sql("select count(*) from " + table.name() + " " + table.alias() + where.sql())
                .params(where.parameters()).query(Long.class).single();
    }

    /**
     * The rows that {@code where} keeps and that changed since {@code since} (or after
     * {@code after}), deleted ones included, in change order and only as far as the
     * {@link ChangeHorizon}; a row's id and change time are read by the two functions.
     */
    public KeysetPage<ChangedRecord<T>> changesSince(WhereClause where, Instant since, @Nullable ChangePosition after,
            int limit, ToLongFunction<T> idOf, Function<T, Instant> updatedAtOf) {
        if (!table.softDeleted()) {
            throw new UnsupportedOperationException(table.name() + " rows are not synced by change time");
        }
        String alias = table.alias();
        return ChangeFeed.page(jdbc, "select " + alias + ".change_xid, " + columns + " from " + table.name() + " " + alias,
                alias, where, since, after, limit, (row, number) -> {
                    T current = rows.mapRow(row, number);
                    return ChangedRecord.of(row, idOf.applyAsLong(current), current, updatedAtOf.apply(current));
                });
    }

    /** @throws RecordNotFoundException unless a live row has this key */
    public T get(Object key) {
        WhereClause where = live().and(table.alias() + "." + table.keyColumn() + " = :key", "key", key);
        return jdbc.sql(select + where.sql()).params(where.parameters()).query(rows).optional()
                .orElseThrow(() -> RecordNotFoundException.forKey(table.kind(), table.keyColumn(), key));
    }
}
