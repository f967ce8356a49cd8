package org.chancery.database;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the last check of the replica found: whether reads go to it, its lag (null when it
 * could not be measured) and why reads went back to the primary.
 */
record ReplicaStatus(boolean readsFromReplica, @Nullable Duration lag, @Nullable String fallbackReason,
        Instant checkedAt) {

    static ReplicaStatus inUse(Duration lag, Instant at) {
        return new ReplicaStatus(true, lag, null, at);
    }

    static ReplicaStatus fallBack(@Nullable Duration lag, String reason, Instant at) {
        return new ReplicaStatus(false, lag, reason, at);
    }
}
