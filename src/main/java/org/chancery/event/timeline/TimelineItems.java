package org.chancery.event.timeline;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the timeline as the API lists it: each event's JSON item as ready text (its UTF-8
 * bytes, as PostgreSQL sent them, so that the answer writes them without decoding), the cursor
 * of the next page where more follow, the count of every matching event when it was asked for,
 * and the record's version ({@code record_version}) read in the same statement, for the ETag
 * (null when the page came back empty).
 */
public record TimelineItems(List<byte[]> items, @Nullable TimelineCursor next, @Nullable Long total,
        @Nullable Long recordVersion) {

    public TimelineItems {
        items = List.copyOf(items);
    }
}
