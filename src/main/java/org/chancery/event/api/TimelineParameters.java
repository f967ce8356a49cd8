package org.chancery.event.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.Parameter;

import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.InvalidParameterException;
import org.chancery.common.api.QueryString;
import org.chancery.event.EventKind;
import org.chancery.event.EventQueries;
import org.chancery.event.EventStatus;
import org.chancery.event.timeline.TimelineCursor;
import org.chancery.event.timeline.TimelineFilter;
import org.chancery.event.timeline.TimelineOrder;
import org.jspecify.annotations.Nullable;

/**
 * The timeline's filters as they arrive in a query string, read strictly: every parameter
 * that cannot be read is reported at once, by name and reason, instead of being ignored.
 */
@QueryString
public record TimelineParameters(
        @Parameter(description = "ISO 3166-1 alpha-2 code: events that involve this state", example = "KZ")
        @Nullable String state,
        @Parameter(description = "a second code, with state: events that involve both (the pair)", example = "IL")
        @Nullable String counterpart,
        @Parameter(description = "event kinds, repeated or comma-separated: VISIT, CALL, MEETING, MEMORANDUM, "
                + "AGREEMENT_STEP, STATEMENT, FORUM, TRANSPORT_LINK, OTHER")
        @Nullable List<String> kind,
        @Parameter(description = "topic codes (water, ai, trade …)")
        @Nullable List<String> topic,
        @Parameter(description = "PLANNED, HAPPENED, CANCELLED, POSTPONED")
        @Nullable List<String> status,
        @Parameter(description = "YYYY-MM-DD: keeps events whose uncertain date may fall on or after it")
        @Nullable String from,
        @Parameter(description = "YYYY-MM-DD: keeps events whose uncertain date may fall on or before it")
        @Nullable String to,
        @Parameter(description = "full-text search over titles, summaries and memorandum subjects, English and Russian")
        @Nullable String q,
        @Parameter(description = "page size, 1 to 500 (default 50)")
        @Nullable String limit,
        @Parameter(description = "the opaque cursor of a previous page's next link")
        @Nullable String cursor,
        @Parameter(description = "-date (newest first, the default) or date (oldest first)")
        @Nullable String sort,
        @Parameter(description = "an instant with offset: what changed since, oldest change first, with deleted events as tombstones")
        @Nullable String updatedSince,
        @Parameter(description = "true adds the total number of matching events")
        @Nullable String count) {

    public static final int DEFAULT_LIMIT = 50;

    /** Only the filters, for pages that choose their own paging. */
    public static TimelineParameters filters(@Nullable String state, @Nullable String counterpart,
            @Nullable List<String> kind, @Nullable List<String> topic, @Nullable List<String> status,
            @Nullable String from, @Nullable String to, @Nullable String q) {
        return new TimelineParameters(state, counterpart, kind, topic, status, from, to, q, null, null, null, null, null);
    }

    /**
     * The filter, order, page size and cursor these parameters ask for. With
     * {@code updatedSince} the pages run in change order instead, deleted events included.
     */
    public record Parsed(TimelineFilter filter, TimelineOrder order, int limit, @Nullable TimelineCursor cursor,
            @Nullable Instant updatedSince, boolean count) {

        public TimelineCursor.@Nullable ByDate dateCursor() {
            return cursor instanceof TimelineCursor.ByDate byDate ? byDate : null;
        }

        public TimelineCursor.@Nullable ByChange changeCursor() {
            return cursor instanceof TimelineCursor.ByChange byChange ? byChange : null;
        }
    }

    /**
     * @param knownState whether an alpha-2 code names a state of the record
     * @param knownTopic whether a topic code is in the vocabulary
     * @throws InvalidParameterException naming every parameter that cannot be read
     */
    public Parsed parse(Predicate<String> knownState, Predicate<String> knownTopic) {
        List<InvalidParameter> problems = new ArrayList<>();
        TimelineFilter filter = filter(knownState, knownTopic, null, problems);
        int pageSize = pageSize(problems);
        TimelineOrder order = order(problems);
        Instant since = instant("updatedSince", updatedSince, problems);
        TimelineCursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = TimelineCursor.decode(cursor);
                boolean fits = since != null ? after instanceof TimelineCursor.ByChange
                        : after instanceof TimelineCursor.ByDate byDate && byDate.order() == order;
                if (!fits) {
                    problems.add(new InvalidParameter("cursor", "this cursor belongs to a different sort or to sync; "
                            + "keep the parameters of the page it came from"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidParameter("cursor", "not a cursor this server gave out; start again without it"));
            }
        }
        if (since != null && sort != null && !sort.isBlank()) {
            problems.add(new InvalidParameter("sort", "with updatedSince the order is always oldest change first"));
        }
        boolean withCount = flag("count", count, problems);
        if (!problems.isEmpty()) {
            throw new InvalidParameterException(problems);
        }
        return new Parsed(filter, order, pageSize, after, since, withCount);
    }

    /**
     * As {@link #parse}, for a list whose page proves the codes it names: a page that holds an
     * event of a state, a pair or one topic proves they exist (the event's rows reference them),
     * so they are taken as written (their form still checked) and looked up only where the page
     * comes back empty ({@link #requireKnown}). More than one topic is looked up at once, as a
     * page may match through one of them only.
     *
     * @throws InvalidParameterException naming every parameter that cannot be read
     */
    public Parsed parseLookingUpLater(Predicate<String> knownState, Predicate<String> knownTopic) {
        try {
            return parse(code -> true, split(topic).size() <= 1 ? code -> true : knownTopic);
        } catch (InvalidParameterException unreadable) {
            return parse(knownState, knownTopic);
        }
    }

    /**
     * After an empty page read through {@link #parseLookingUpLater}: the codes it named are looked up.
     *
     * @throws InvalidParameterException naming every code that names nothing of the record
     */
    public void requireKnown(Predicate<String> knownState, Predicate<String> knownTopic) {
        if (state != null || counterpart != null || !split(topic).isEmpty()) {
            parse(knownState, knownTopic);
        }
    }

    /**
     * The filter of an export, which holds every matching event, newest first. Paging, sort,
     * sync and count parameters are refused rather than ignored: whoever sends one expects a
     * page, and would otherwise get everything, or think a page was everything.
     *
     * @throws InvalidParameterException naming every parameter that cannot be read
     */
    public TimelineFilter parseExport(Predicate<String> knownState, Predicate<String> knownTopic) {
        return export(knownState, knownTopic, null);
    }

    /**
     * The filter of an export of events with one status only, such as the calendar of planned
     * events: {@code status} may be left out or name that status; any other is refused.
     *
     * @throws InvalidParameterException naming every parameter that cannot be read
     */
    public TimelineFilter parseExport(Predicate<String> knownState, Predicate<String> knownTopic, EventStatus only) {
        return export(knownState, knownTopic, only);
    }

    private TimelineFilter export(Predicate<String> knownState, Predicate<String> knownTopic,
            @Nullable EventStatus only) {
        List<InvalidParameter> problems = new ArrayList<>();
        TimelineFilter filter = filter(knownState, knownTopic, only, problems);
        Map<String, @Nullable String> pagingOnly = new LinkedHashMap<>();
        pagingOnly.put("limit", limit);
        pagingOnly.put("cursor", cursor);
        pagingOnly.put("sort", sort);
        pagingOnly.put("updatedSince", updatedSince);
        pagingOnly.put("count", count);
        pagingOnly.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                problems.add(new InvalidParameter(name, "an export holds every matching event, newest first; "
                        + name + " is for the paged list"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidParameterException(problems);
        }
        return filter;
    }

    private TimelineFilter filter(Predicate<String> knownState, Predicate<String> knownTopic,
            @Nullable EventStatus only, List<InvalidParameter> problems) {
        String stateCode = stateCode("state", state, knownState, problems);
        String counterpartCode = stateCode("counterpart", counterpart, knownState, problems);
        if (counterpartCode != null && stateCode == null) {
            problems.add(new InvalidParameter("counterpart", "counterpart needs state: together they name a pair"));
        }
        Set<EventKind> kinds = values("kind", kind, EventKind.class, problems);
        Set<EventStatus> statuses = values("status", status, EventStatus.class, problems);
        if (only != null) {
            if (!statuses.isEmpty() && !statuses.equals(EnumSet.of(only))) {
                problems.add(new InvalidParameter("status", "this export holds " + only + " events only"));
            }
            statuses = EnumSet.of(only);
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String code : split(topic)) {
            if (knownTopic.test(code)) {
                topics.add(code);
            } else {
                problems.add(new InvalidParameter("topic", "'" + code + "' is not a topic of the vocabulary"));
            }
        }
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(new InvalidParameter("to", "to (" + toDate + ") is before from (" + fromDate + ")"));
        }
        return new TimelineFilter(stateCode, counterpartCode, kinds, topics, statuses, fromDate, toDate,
                q == null || q.isBlank() ? null : q.strip());
    }

    private TimelineOrder order(List<InvalidParameter> problems) {
        if (sort == null || sort.isBlank() || sort.strip().equals("-date")) {
            return TimelineOrder.NEWEST_FIRST;
        }
        if (sort.strip().equals("date")) {
            return TimelineOrder.OLDEST_FIRST;
        }
        problems.add(new InvalidParameter("sort", "sort is -date (newest first, the default) or date (oldest first)"));
        return TimelineOrder.NEWEST_FIRST;
    }

    private static @Nullable Instant instant(String name, @Nullable String value, List<InvalidParameter> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new InvalidParameter(name, "'" + value + "' is not a time with its offset, such as 2026-01-27T09:00:00Z"));
            return null;
        }
    }

    private static boolean flag(String name, @Nullable String value, List<InvalidParameter> problems) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        problems.add(new InvalidParameter(name, name + " is true or false"));
        return false;
    }

    private static @Nullable String stateCode(String name, @Nullable String value, Predicate<String> known,
            List<InvalidParameter> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}") || !known.test(code)) {
            problems.add(new InvalidParameter(name, "'" + value + "' is not an ISO 3166-1 alpha-2 code of a state"));
            return null;
        }
        return code;
    }

    private static <E extends Enum<E>> Set<E> values(String name, @Nullable List<String> values, Class<E> type,
            List<InvalidParameter> problems) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : split(values)) {
            try {
                result.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidParameter(name, "'" + value + "' is not one of " + EnumSet.allOf(type)));
            }
        }
        return result;
    }

    private static List<String> split(@Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static @Nullable LocalDate date(String name, @Nullable String value, List<InvalidParameter> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InvalidParameter(name, "'" + value + "' is not a calendar day written as YYYY-MM-DD"));
            return null;
        }
    }

    private int pageSize(List<InvalidParameter> problems) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(limit.strip());
            if (size >= 1 && size <= EventQueries.MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new InvalidParameter("limit", "limit is a whole number from 1 to " + EventQueries.MAX_PAGE_SIZE));
        return DEFAULT_LIMIT;
    }
}
