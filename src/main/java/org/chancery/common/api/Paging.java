package org.chancery.common.api;

import org.chancery.common.query.ChangePosition;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which page a list request asks for: {@code limit} rows after {@code after} in the
 * resource's own order, or, with {@code updatedSince}, the changes since then, oldest first,
 * after {@code afterChange}.
 *
 * @param <P> the position in the resource's order
 */
public record Paging<P>(int limit, boolean count, @Nullable Instant updatedSince, @Nullable P after,
        @Nullable ChangePosition afterChange) {

    /** Answers the request from {@code listing}: one statement for the page, one more for the count if asked. */
    public <F, T> PageResponse<T> answer(Listing<F, P, T> listing, F filter) {
        if (updatedSince != null) {
            return PageResponse.ofChanges(listing.changesSince(filter, updatedSince, afterChange, limit), limit);
        }
        return PageResponse.of(listing.page(filter, after, limit), limit, count ? listing.count(filter) : null);
    }
}
