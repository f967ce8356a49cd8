package org.chancery.common.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A record read for sync: as it stands now, or, when {@code deletedAt} is set, as a tombstone. */
public record ChangedRecord<T>(long id, T current, Instant updatedAt, @Nullable Instant deletedAt) {

    public ChangePosition position() {
        return new ChangePosition(updatedAt, id);
    }
}
