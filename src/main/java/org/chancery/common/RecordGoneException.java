package org.chancery.common;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The record existed but was deleted; answered as 410 with when and why. */
public class RecordGoneException extends RuntimeException {

    private final @Nullable Instant deletedAt;
    private final @Nullable String reason;

    public RecordGoneException(String kind, Object id, @Nullable Instant deletedAt, @Nullable String reason) {
        super("The " + kind + " " + id + " was deleted" + (reason == null ? "." : ": " + reason));
        this.deletedAt = deletedAt;
        this.reason = reason;
    }

    public @Nullable Instant deletedAt() {
        return deletedAt;
    }

    public @Nullable String reason() {
        return reason;
    }
}
