package org.chancery.common.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A record read for sync: as it stands now, or, when {@code deletedAt} is set, as a tombstone;
 * {@code changeXid} is the transaction that last changed it, its place in the feed.
 */
public record ChangedRecord<T>(long id, T current, Instant updatedAt, @Nullable Instant deletedAt, long changeXid) {

    /**
     * {@code current} as a change, deleted when the {@code deleted_at} column of {@code row} is
     * set, at the place its {@code change_xid} column gives.
     */
    public static <T> ChangedRecord<T> of(ResultSet row, long id, T current, Instant updatedAt) throws SQLException {
        OffsetDateTime deletedAt = row.getObject("deleted_at", OffsetDateTime.class);
        return new ChangedRecord<>(id, current, updatedAt, deletedAt == null ? null : deletedAt.toInstant(),
                row.getLong("change_xid"));
    }

    /** This change with the record shown as {@code show} makes it. */
    public <R> ChangedRecord<R> map(Function<T, R> show) {
        return new ChangedRecord<>(id, show.apply(current), updatedAt, deletedAt, changeXid);
    }

    /** The cursor of the page of changes that ends here. */
    public KeysetCursor cursor() {
        return new ChangePosition(changeXid, id).cursor();
    }
}
