package org.chancery.common.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** A record read for sync: as it stands now, or, when {@code deletedAt} is set, as a tombstone. */
public record ChangedRecord<T>(long id, T current, Instant updatedAt, @Nullable Instant deletedAt) {

    /** {@code current} as a change, deleted when the {@code deleted_at} column of {@code row} is set. */
    public static <T> ChangedRecord<T> of(ResultSet row, long id, T current, Instant updatedAt) throws SQLException {
        OffsetDateTime deletedAt = row.getObject("deleted_at", OffsetDateTime.class);
        return new ChangedRecord<>(id, current, updatedAt, deletedAt == null ? null : deletedAt.toInstant());
    }

    /** This change with the record shown as {@code show} makes it. */
    public <R> ChangedRecord<R> map(Function<T, R> show) {
        return new ChangedRecord<>(id, show.apply(current), updatedAt, deletedAt);
    }

    /** The cursor of the page of changes that ends here. */
    public KeysetCursor cursor() {
        return new ChangePosition(updatedAt, id).cursor();
    }
}
