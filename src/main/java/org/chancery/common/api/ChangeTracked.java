package org.chancery.common.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A record as a list reads it, with what a syncing script needs to tell a change from a deletion. */
public interface ChangeTracked {

    long id();

    Instant updatedAt();

    @Nullable Instant deletedAt();
}
