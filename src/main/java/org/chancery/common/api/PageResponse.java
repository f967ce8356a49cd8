package org.chancery.common.api;

import org.chancery.common.query.ChangedRecord;
import org.chancery.common.query.KeysetCursor;
import org.chancery.common.query.KeysetPage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page of a list. {@code next} links to the following page and is absent on the last;
 * {@code total} is there when asked for with {@code count=true}; {@code deleted} lists the
 * records deleted in the window when syncing with {@code updatedSince}, and the last page of
 * changes has {@code resume}: the link that asks, next time, for every change after this sync's.
 */
public record PageResponse<T>(List<T> items, @Nullable List<Tombstone> deleted, @Nullable Long total,
        int limit, @Nullable String next, @Nullable String resume) {

    public PageResponse(List<T> items, @Nullable List<Tombstone> deleted, @Nullable Long total, int limit,
            @Nullable String next) {
        this(items, deleted, total, limit, next, null);
    }

    /** A record that was deleted: a syncing script removes its copy. */
    public record Tombstone(long id, Instant deletedAt, Instant updatedAt) {
    }

    /** A page of the list that answers the current request. */
    public static <T> PageResponse<T> of(KeysetPage<T> page, int limit, @Nullable Long total) {
        return new PageResponse<>(page.rows(), null, total, limit, nextLink(page.next()));
    }

    /** A page of changes for sync: live records as items, deleted ones as tombstones. */
    public static <T> PageResponse<T> ofChanges(KeysetPage<ChangedRecord<T>> page, int limit) {
        return ofChanges(page, limit, null);
    }

    /** A page of changes for sync, with the count of the live records that match where a resource offers it. */
    public static <T> PageResponse<T> ofChanges(KeysetPage<ChangedRecord<T>> page, int limit, @Nullable Long total) {
        List<T> items = new ArrayList<>();
        List<Tombstone> deleted = new ArrayList<>();
        for (ChangedRecord<T> change : page.rows()) {
            if (change.deletedAt() == null) {
                items.add(change.current());
            } else {
                deleted.add(new Tombstone(change.id(), change.deletedAt(), change.updatedAt()));
            }
        }
        return new PageResponse<>(items, deleted, total, limit, nextLink(page.next()), nextLink(page.resume()));
    }

    /** The current request's address with the cursor of the next page (and without {@code count}, asked once). */
    public static @Nullable String nextLink(@Nullable KeysetCursor next) {
        return next == null ? null : nextLink(next.encode());
    }

    public static String nextLink(String cursor) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("cursor", cursor)
                .replaceQueryParam("count")
                .build().toUriString();
    }
}
