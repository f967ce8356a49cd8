package org.chancery.common.api;

import org.jspecify.annotations.Nullable;

/**
 * The paging half of a list request, as it arrives in the query string: {@code limit},
 * {@code cursor}, {@code count}, and, for records that scripts sync, {@code updatedSince}.
 * A resource's parameter record implements it next to its filters.
 */
public interface PagingParameters {

    @Nullable String limit();

    @Nullable String cursor();

    @Nullable String count();

    /** Only records that are deleted softly can be synced (their deletions come as tombstones). */
    default @Nullable String updatedSince() {
        return null;
    }
}
