package org.chancery.event.api;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of events. {@code next} links to the following page and is absent on the last;
 * {@code total} is there when asked for with {@code count=true}; {@code deleted} lists the
 * events deleted in the window when syncing with {@code updatedSince}.
 */
public record EventPageResponse(List<EventResponse> items, @Nullable List<Tombstone> deleted, @Nullable Long total,
        int limit, @Nullable String next) {

    /** An event that was deleted: a syncing script removes its copy. */
    public record Tombstone(long id, Instant deletedAt, Instant updatedAt) {
    }
}
