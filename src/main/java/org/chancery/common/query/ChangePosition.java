package org.chancery.common.query;

/**
 * Where a reader of changes stands, for scripts that sync with {@code updatedSince}: changes
 * come in the order of the transactions that made them ({@code change_xid}, then id), and a
 * page only ever holds changes of transactions older than every one still in flight
 * ({@link ChangeHorizon}), so nothing can commit later behind a position once handed out.
 */
public record ChangePosition(long changeXid, long id) {

    public static final String ORDER = "sync";

    /** @throws NumberFormatException if the cursor holds no position of changes */
    public static ChangePosition from(KeysetCursor cursor) {
        return new ChangePosition(Long.parseLong(cursor.key(0)), Long.parseLong(cursor.key(1)));
    }

    /** The position after every change of transactions below {@code horizon}. */
    public static ChangePosition before(long horizon) {
        return new ChangePosition(horizon, 0);
    }

    public KeysetCursor cursor() {
        return KeysetCursor.of(ORDER, changeXid, id);
    }
}
