package org.chancery.timeline;

import java.time.LocalDate;
import java.util.Set;

import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.jspecify.annotations.Nullable;

/**
 * What an analyst or a script narrows the timeline to. {@code state} and {@code counterpart}
 * together mean the pair: events that involve both. The period keeps every event whose
 * uncertain date may fall in it ({@code from} ≤ latest possible day, earliest ≤ {@code to}).
 */
public record TimelineFilter(
        @Nullable String state,
        @Nullable String counterpart,
        Set<EventKind> kinds,
        Set<String> topics,
        Set<EventStatus> statuses,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String text) {

    public TimelineFilter {
        kinds = Set.copyOf(kinds);
        topics = Set.copyOf(topics);
        statuses = Set.copyOf(statuses);
    }

    public static TimelineFilter everything() {
        return new TimelineFilter(null, null, Set.of(), Set.of(), Set.of(), null, null, null);
    }
}
