package org.chancery.common.query;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of rows cut by keyset, and the cursor of the next page when there is one. A page
 * of changes that is the last one so far also has {@code resume}: where the next sync goes on.
 */
public record KeysetPage<T>(List<T> rows, @Nullable KeysetCursor next, @Nullable KeysetCursor resume) {

    public KeysetPage(List<T> rows, @Nullable KeysetCursor next) {
        this(rows, next, null);
    }

    /**
     * The page of changes in {@code fetched} (read like {@link #cut}), every one of a
     * transaction below {@code horizon}: the last page resumes after all of them.
     */
    public static <T> KeysetPage<ChangedRecord<T>> changes(List<ChangedRecord<T>> fetched, int limit, long horizon) {
        KeysetPage<ChangedRecord<T>> page = cut(fetched, limit, ChangedRecord::cursor);
        return page.next() != null ? page : new KeysetPage<>(page.rows(), null, ChangePosition.before(horizon).cursor());
    }

    /**
     * The page in {@code fetched}, which was read with one row more than {@code limit} so
     * that a following page shows itself without a count.
     */
    public static <T> KeysetPage<T> cut(List<T> fetched, int limit, Function<T, KeysetCursor> positionOf) {
        if (fetched.size() <= limit) {
            return new KeysetPage<>(List.copyOf(fetched), null);
        }
        List<T> page = List.copyOf(fetched.subList(0, limit));
        return new KeysetPage<>(page, positionOf.apply(page.getLast()));
    }

    /** The same page, each row shown as {@code show} makes it. */
    public <R> KeysetPage<R> map(Function<T, R> show) {
        return new KeysetPage<>(rows.stream().map(show).toList(), next, resume);
    }
}
