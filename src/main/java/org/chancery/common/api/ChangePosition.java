package org.chancery.common.api;

import java.time.Instant;

/**
 * Where a page of changes ends, for scripts that sync with {@code updatedSince}: changes
 * come oldest first, by the time of the change and then id.
 */
public record ChangePosition(Instant updatedAt, long id) {

    public static final String ORDER = "sync";

    public static ChangePosition from(KeysetCursor cursor) {
        return new ChangePosition(Instant.parse(cursor.key(0)), Long.parseLong(cursor.key(1)));
    }

    public KeysetCursor cursor() {
        return KeysetCursor.of(ORDER, updatedAt, id);
    }
}
