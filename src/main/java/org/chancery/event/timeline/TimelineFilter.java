package org.chancery.event.timeline;

import java.time.LocalDate;
import java.util.Set;

import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.jspecify.annotations.Nullable;

/**
 * What an analyst or a script narrows the timeline to. {@code state} and {@code counterpart}
 * together mean the pair: events that involve both. The period keeps every event whose
 * uncertain date may fall in it ({@code from} ≤ latest possible day, earliest ≤ {@code to}).
 * The record pages narrow it further to the events of one agreement, one person or one
 * institution.
 */
public record TimelineFilter(
        @Nullable String state,
        @Nullable String counterpart,
        Set<EventKind> kinds,
        Set<String> topics,
        Set<EventStatus> statuses,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String text,
        @Nullable Long agreementId,
        @Nullable Long personId,
        @Nullable Long institutionId) {

    public TimelineFilter {
        kinds = Set.copyOf(kinds);
        topics = Set.copyOf(topics);
        statuses = Set.copyOf(statuses);
    }

    /** The filters of the query string, without any record page's narrowing. */
    public TimelineFilter(@Nullable String state, @Nullable String counterpart, Set<EventKind> kinds, Set<String> topics,
            Set<EventStatus> statuses, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text) {
        this(state, counterpart, kinds, topics, statuses, from, to, text, null, null, null);
    }

    public static TimelineFilter everything() {
        return new TimelineFilter(null, null, Set.of(), Set.of(), Set.of(), null, null, null);
    }

    /** The events that involve both states. */
    public static TimelineFilter pair(String state, String counterpart) {
        return new TimelineFilter(state, counterpart, Set.of(), Set.of(), Set.of(), null, null, null);
    }

    public static TimelineFilter ofState(String state) {
        return new TimelineFilter(state, null, Set.of(), Set.of(), Set.of(), null, null, null);
    }

    public static TimelineFilter ofAgreement(long agreementId) {
        return new TimelineFilter(null, null, Set.of(), Set.of(), Set.of(), null, null, null, agreementId, null, null);
    }

    public static TimelineFilter attendedBy(long personId) {
        return new TimelineFilter(null, null, Set.of(), Set.of(), Set.of(), null, null, null, null, personId, null);
    }

    public static TimelineFilter involving(long institutionId) {
        return new TimelineFilter(null, null, Set.of(), Set.of(), Set.of(), null, null, null, null, null, institutionId);
    }

    public static TimelineFilter matching(String text) {
        return new TimelineFilter(null, null, Set.of(), Set.of(), Set.of(), null, null, text);
    }

    /** The same filter, keeping only events that may fall on or after {@code since}. */
    public TimelineFilter since(LocalDate since) {
        return new TimelineFilter(state, counterpart, kinds, topics, statuses, since, to, text,
                agreementId, personId, institutionId);
    }

    public TimelineFilter withStatuses(Set<EventStatus> narrowedStatuses) {
        return new TimelineFilter(state, counterpart, kinds, topics, narrowedStatuses, from, to, text,
                agreementId, personId, institutionId);
    }
}
