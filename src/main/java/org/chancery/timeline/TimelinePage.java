package org.chancery.timeline;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the timeline, newest first: {@code next} is the cursor of the page of earlier
 * events where more follow, {@code previous} the cursor of the page of later ones where this
 * page is not the newest.
 */
public record TimelinePage(List<TimelineEntry> entries, @Nullable TimelineCursor next, @Nullable TimelineCursor previous) {

    public TimelinePage(List<TimelineEntry> entries, @Nullable TimelineCursor next) {
        this(entries, next, null);
    }
}
