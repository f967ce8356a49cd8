package org.chancery.event.timeline;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the timeline, newest first: {@code next} is the cursor of the page of earlier
 * events where more follow, {@code previous} the cursor of the page of later ones where this
 * page is not the newest. The last page of changes so far has {@code resume}, where the next
 * sync goes on.
 */
public record TimelinePage(List<TimelineEntry> entries, @Nullable TimelineCursor next, @Nullable TimelineCursor previous,
        @Nullable TimelineCursor resume) {

    public TimelinePage(List<TimelineEntry> entries, @Nullable TimelineCursor next, @Nullable TimelineCursor previous) {
        this(entries, next, previous, null);
    }

    public TimelinePage(List<TimelineEntry> entries, @Nullable TimelineCursor next) {
        this(entries, next, null, null);
    }
}
