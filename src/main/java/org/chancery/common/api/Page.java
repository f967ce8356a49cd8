package org.chancery.common.api;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** One page of a keyset-paged list and, where more follow, the cursor of the next. */
public record Page<T>(List<T> items, @Nullable PageCursor next) {

    /**
     * The page in {@code rows}, read as {@code limit + 1} rows in page order: the first
     * {@code limit}, and a cursor after the last of them when the extra row shows more follow.
     */
    public static <T> Page<T> cut(List<T> rows, int limit, Function<T, PageCursor> cursorAfter) {
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> page = List.copyOf(rows.subList(0, limit));
        return new Page<>(page, cursorAfter.apply(page.getLast()));
    }
}
