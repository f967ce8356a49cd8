package org.chancery.common.api;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** One page of rows cut by keyset, and the cursor of the next page when there is one. */
public record KeysetPage<T>(List<T> rows, @Nullable KeysetCursor next) {

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
        return new KeysetPage<>(rows.stream().map(show).toList(), next);
    }
}
