package org.chancery.common.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page of a resource's list. {@code next} links to the following page and is absent on the
 * last; {@code total} is there when asked for with {@code count=true}; {@code deleted} lists
 * the records deleted in the window when syncing with {@code updatedSince}.
 */
public record ListResponse<T>(List<T> items, @Nullable List<Tombstone> deleted, @Nullable Long total, int limit,
        @Nullable String next) {

    /** A record that was deleted: a syncing script removes its copy. */
    public record Tombstone(long id, Instant deletedAt, Instant updatedAt) {
    }

    /**
     * The response for a page of entries: the live ones as items; when {@code syncing}
     * (with {@code updatedSince}), the deleted ones as tombstones.
     */
    public static <E extends ChangeTracked, T> ListResponse<T> of(Page<E> page, Function<E, T> item, boolean syncing,
            @Nullable Long total, int limit) {
        List<T> items = new ArrayList<>();
        List<Tombstone> deleted = new ArrayList<>();
        for (E entry : page.items()) {
            Instant deletedAt = entry.deletedAt();
            if (deletedAt == null) {
                items.add(item.apply(entry));
            } else {
                deleted.add(new Tombstone(entry.id(), deletedAt, entry.updatedAt()));
            }
        }
        return new ListResponse<>(items, syncing ? deleted : null, total, limit, nextLink(page.next()));
    }

    /** The address of the page after {@code cursor}: this request's, with that cursor and without the count. */
    public static @Nullable String nextLink(@Nullable PageCursor cursor) {
        return cursor == null ? null
                : ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("cursor", cursor.encode())
                        .replaceQueryParam("count")
                        .build().toUriString();
    }
}
