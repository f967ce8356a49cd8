package org.chancery.common.query;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The read side of a list resource: pages cut by keyset in the resource's order, so a deep
 * page costs what the first does, and the count of all that match, asked for separately.
 *
 * @param <F> the filter
 * @param <P> a position in the order
 * @param <T> the representation of one record
 */
public interface Listing<F, P, T> {

    /** At most {@code limit} live records that match, after {@code after}. */
    KeysetPage<T> page(F filter, @Nullable P after, int limit);

    /** How many live records match: what all pages together hold. */
    long count(F filter);

    /** What changed since {@code since}, deletions included, oldest change first; for records that can be synced. */
    default KeysetPage<ChangedRecord<T>> changesSince(F filter, Instant since, @Nullable ChangePosition after, int limit) {
        throw new UnsupportedOperationException("these records are not synced by change time");
    }
}
