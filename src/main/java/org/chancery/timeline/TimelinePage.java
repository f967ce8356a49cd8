package org.chancery.timeline;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One page of the timeline and, where more follow, the cursor of the next. */
public record TimelinePage(List<TimelineEntry> entries, @Nullable TimelineCursor next) {
}
