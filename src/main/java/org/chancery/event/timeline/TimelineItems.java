package org.chancery.event.timeline;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of the timeline as the API lists it: each event's JSON item as ready text, the cursor
 * of the next page where more follow, and the count of every matching event when it was asked for.
 */
public record TimelineItems(List<String> items, @Nullable TimelineCursor next, @Nullable Long total) {

    public TimelineItems {
        items = List.copyOf(items);
    }
}
