package org.chancery.common.api;

import java.time.Instant;
import java.util.function.Function;

import org.chancery.common.query.ChangePosition;
import org.chancery.common.query.Listing;

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

    /**
     * Answers the request from {@code listing}, each row shown as {@code show} makes it: one
     * statement for the page, one more for the count if asked.
     */
    public <F, T, R> PageResponse<R> answer(Listing<F, P, T> listing, F filter, Function<T, R> show) {
        if (updatedSince != null) {
            return PageResponse.ofChanges(listing.changesSince(filter, updatedSince, afterChange, limit)
                    .map(change -> change.map(show)), limit);
        }
        return PageResponse.of(listing.page(filter, after, limit).map(show), limit, count ? listing.count(filter) : null);
    }
}
