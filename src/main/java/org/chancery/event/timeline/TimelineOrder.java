package org.chancery.event.timeline;

/** Newest first (the default) or oldest first, both by the earliest possible day, then id. */
public enum TimelineOrder {
    NEWEST_FIRST, OLDEST_FIRST
}
