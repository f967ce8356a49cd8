package org.chancery.event.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.chancery.common.DatePrecision;
import org.chancery.common.TextQuery;
import org.chancery.common.UncertainDate;
import org.chancery.common.query.ChangeHorizon;
import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;

/**
 * The timeline's read side: one SQL statement per page, whatever the page size. States,
 * participants (with the office they held on the day), institutions, topics and sources
 * come back as ready JSON from the list's read model ({@code event_listing}, one row per
 * event, kept by triggers in the transaction of every write), joined by primary key, so a
 * page never fans out into a query per event. Pages are cut by keyset, so a deep page costs what the first does.
 * Deleted events are left out, except from {@link #changesSince}, where scripts that sync
 * must learn of them. Exports read every matching event through the same statement and the
 * same filters ({@link #forEach}), row by row through a server-side cursor.
 */
@Service
@Transactional(readOnly = true)
public class Timeline {

    public static final int MAX_PAGE_SIZE = 500;

    /** How many rows PostgreSQL sends at a time when every matching event is read. */
    static final int FETCH_SIZE = 500;

    private static final TypeReference<List<TimelineEntry.StateRef>> STATES = new TypeReference<>() { };
    private static final TypeReference<List<TimelineEntry.ParticipantRef>> PARTICIPANTS = new TypeReference<>() { };
    private static final TypeReference<List<TimelineEntry.InstitutionRef>> INSTITUTIONS = new TypeReference<>() { };
    private static final TypeReference<List<TimelineEntry.TopicRef>> TOPICS = new TypeReference<>() { };
    private static final TypeReference<List<TimelineEntry.SourceRef>> SOURCES = new TypeReference<>() { };

    /**
     * Whether the event {@code e} is overdue: planned, its window closed (before {@code :today}),
     * and no event of its kind among all of its states happened within the window. The windows
     * meet through the GiST index of happened events' windows (V121), written as its expression.
     */
    static final String OVERDUE = """
            case when e.status = 'PLANNED' and e.date_latest < :today then not exists (
                select 1 from event done
                 where done.status = 'HAPPENED' and done.kind = e.kind and done.deleted_at is null
                   and daterange(done.date_earliest, done.date_latest, '[]') && daterange(e.date_earliest, e.date_latest, '[]')
                   and not exists (
                       select 1 from event_state planned_state
                        where planned_state.event_id = e.id
                          and not exists (select 1 from event_state done_state
                                           where done_state.event_id = done.id
                                             and done_state.state_code = planned_state.state_code)))
            else false end
            """;

    private static final String SELECT = """
            select e.id, e.kind, e.status, e.title_en, e.title_ru, e.summary_en, e.summary_ru,
                   e.date_earliest, e.date_latest, e.date_precision, e.date_approximate,
                   e.place_en, e.place_ru, e.place_state_code, e.agreement_id, e.visit_level, e.visit_kind,
                   e.call_initiator_code, e.memorandum_subject_en, e.memorandum_subject_ru,
                   e.version, e.updated_at, e.deleted_at, e.change_xid,
                   (%s) as overdue,
                   l.states, l.participants, l.institutions, l.topics, l.sources
            """.formatted(Timeline.OVERDUE);

    /** The parts as ready JSON, kept by V131's triggers in the transaction of every write. */
    private static final String LISTING = " join event_listing l on l.event_id = e.id";

    /**
     * An event's JSON item: the head with what changes with the day, then the stored document;
     * and the record's version, for the answer's ETag from the same snapshot (RecordVersionTags).
     */
    private static final String ITEM = """
            select e.id, e.date_earliest, (select version from record_version) as record_version,
                   '{"id":' || e.id || ',"kind":"' || e.kind || '","status":"' || e.status || '","overdue":' || (%s)
                   || l.document as item
            """.formatted(Timeline.OVERDUE);

    private final JdbcClient jdbc;
    private final ListingParts parts;
    private final Clock clock;

    Timeline(JdbcClient jdbc, ListingParts parts, Clock clock) {
        this.jdbc = jdbc;
        this.parts = parts;
        this.clock = clock;
    }

    /**
     * The same record read as of another day: what is overdue is judged on {@code today}
     * rather than by the clock. Not transactional; for pages, not for {@link #forEach}.
     */
    public Timeline asOf(LocalDate today) {
        return new Timeline(jdbc, parts, Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    /** The newest page of events that match {@code filter}. */
    public TimelinePage page(TimelineFilter filter, TimelineCursor.@Nullable ByDate after, int limit) {
        return page(filter, TimelineOrder.NEWEST_FIRST, after, limit);
    }

    /**
     * The page of events that match {@code filter}, in {@code order}, starting after
     * {@code after} (or at the start when it is null).
     */
    public TimelinePage page(TimelineFilter filter, TimelineOrder order, TimelineCursor.@Nullable ByDate after, int limit) {
        Query query = liveMatching(filter, order, after, limit);
        String direction = order == TimelineOrder.NEWEST_FIRST ? "desc" : "asc";
        query.after(order, after);
        List<TimelineEntry> entries = query.run(query.orderBy(direction), limit + 1);
        TimelinePage page = cut(entries, limit, last -> new TimelineCursor.ByDate(last.date().earliest(), last.id(), order));
        if (after == null) {
            return page;
        }
        TimelineCursor previous = page.entries().isEmpty() ? after : byDate(page.entries().getFirst(), order);
        return new TimelinePage(page.entries(), page.next(), previous);
    }

    /**
     * The same page as {@link #page(TimelineFilter, TimelineOrder, TimelineCursor.ByDate, int)}, each
     * event as the text of its JSON item ({@code EventResponse} as Jackson writes it): the
     * document {@code event_listing} keeps (V160), with the overdue flag of the day put in
     * front. One statement, the count of all matching events in it when {@code count} is asked.
     */
    public TimelineItems items(TimelineFilter filter, TimelineOrder order, TimelineCursor.@Nullable ByDate after,
            int limit, boolean count) {
        Query query = liveMatching(filter, order, after, limit);
        String total = count ? ", (select count(*)" + query.from() + query.where() + ") as total" : "";
        String direction = order == TimelineOrder.NEWEST_FIRST ? "desc" : "asc";
        query.after(order, after);
        query.parameter("limit", limit + 1);
        List<byte[]> items = new ArrayList<>(limit + 1);
        LocalDate[] lastEarliest = new LocalDate[1];
        long[] lastId = new long[1];
        Long[] matching = new Long[1];
        boolean[] more = new boolean[1];
        Long[] version = new Long[1];
        query.planned(() -> {
            jdbc.sql(ITEM + total + query.from() + LISTING + query.where() + query.orderBy(direction) + " limit :limit")
                    .params(query.parameters)
                    .query((RowCallbackHandler) row -> {
                        if (items.size() < limit) {
                            // pgjdbc hands a text column's bytes over as they came, UTF-8 (the connection's encoding)
                            items.add(row.getBytes("item"));
                            lastEarliest[0] = row.getObject("date_earliest", LocalDate.class);
                            lastId[0] = row.getLong("id");
                        } else {
                            more[0] = true;
                        }
                        if (count) {
                            matching[0] = row.getLong("total");
                        }
                        version[0] = row.getLong("record_version");
                    });
            return null;
        });
        TimelineCursor next = more[0] ? new TimelineCursor.ByDate(lastEarliest[0], lastId[0], order) : null;
        if (count && matching[0] == null) {
            matching[0] = count(filter);
        }
        return new TimelineItems(items, next, matching[0], version[0]);
    }

    /**
     * Whether the list's plan is the same whatever its values: one pair's, one state's or one
     * topic's rows walked down their date index (or every event down the date index), bounded
     * by dates and a cursor, and nothing else. Such a list may keep one generic plan; planning it
     * again for its values (the pool's {@code force_custom_plan}) was about 1.4 ms of a 2 ms
     * statement for a busy pair's API list and 5.5 ms of a 9 ms one for its timeline page
     * (docs/benchmarks.md, Tenth round and after). Words, kinds, statuses and the other filters
     * change which index pays, so their lists are planned for their values.
     */
    private static boolean planStable(TimelineFilter filter) {
        return filter.text() == null && filter.kinds().isEmpty() && filter.statuses().isEmpty() && filter.topics().size() <= 1
                && (filter.topics().isEmpty() || filter.state() == null) && (filter.counterpart() == null || filter.state() != null)
                && filter.agreementId() == null && filter.personId() == null && filter.institutionId() == null;
    }

    /**
     * The page of events that match {@code filter} and come just before {@code before} in
     * the newest-first order (that is, later in time), itself newest first: the way back from
     * an earlier page. Its {@code previous} is set while later events remain.
     */
    public TimelinePage pageBefore(TimelineFilter filter, TimelineCursor.ByDate before, int limit) {
        requirePageSize(limit);
        Query query = new Query();
        query.live();
        query.matchingByPair(filter);
        query.condition(query.keys() + " > (:beforeEarliest, :beforeId)");
        query.parameter("beforeEarliest", before.earliest());
        query.parameter("beforeId", before.id());
        List<TimelineEntry> oldestFirst = query.run(query.orderBy("asc"), limit + 1);
        boolean laterRemain = oldestFirst.size() > limit;
        List<TimelineEntry> page = new ArrayList<>(oldestFirst.subList(0, Math.min(limit, oldestFirst.size())));
        Collections.reverse(page);
        TimelineCursor next = page.isEmpty() ? before : byDate(page.getLast(), TimelineOrder.NEWEST_FIRST);
        return new TimelinePage(List.copyOf(page), next,
                laterRemain ? byDate(page.getFirst(), TimelineOrder.NEWEST_FIRST) : null);
    }

    private static TimelineCursor.ByDate byDate(TimelineEntry entry, TimelineOrder order) {
        return new TimelineCursor.ByDate(entry.date().earliest(), entry.id(), order);
    }

    /**
     * What changed since {@code since} among the events that match {@code filter}, oldest
     * change first, deleted events included (their {@code deletedAt} is set), for scripts
     * that keep a copy of the record in step.
     */
    public TimelinePage changesSince(TimelineFilter filter, Instant since, TimelineCursor.@Nullable ByChange after, int limit) {
        requirePageSize(limit);
        long horizon = ChangeHorizon.now(jdbc);
        Query query = new Query();
        query.matching(filter);
        // In transaction order, below the oldest transaction in flight (see ChangeHorizon); a
        // cursor goes on after its change whatever that change's time.
        query.condition("e.change_xid < :horizon");
        query.parameter("horizon", horizon);
        if (after == null) {
            query.condition("e.updated_at >= :since");
            query.parameter("since", OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC));
        } else {
            query.condition("(e.change_xid, e.id) > (:afterXid, :afterId)");
            query.parameter("afterXid", after.changeXid());
            query.parameter("afterId", after.id());
        }
        List<Map.Entry<Long, TimelineEntry>> changes = query.run(" order by e.change_xid, e.id", limit + 1,
                (row, number) -> Map.entry(row.getLong("change_xid"), toEntry(row, number)));
        List<TimelineEntry> entries = changes.stream().map(Map.Entry::getValue).toList();
        if (changes.size() <= limit) {
            return new TimelinePage(entries, null, null, new TimelineCursor.ByChange(horizon, 0));
        }
        Map.Entry<Long, TimelineEntry> last = changes.get(limit - 1);
        return new TimelinePage(entries.subList(0, limit), new TimelineCursor.ByChange(last.getKey(), last.getValue().id()));
    }

    /** The record's version, moved on by every transaction that writes to the record (V122). */
    public long recordVersion() {
        return jdbc.sql("select version from record_version").query(Long.class).single();
    }

    /** How many live events match {@code filter}: what "all pages together" holds. */
    public long count(TimelineFilter filter) {
        Query query = new Query();
        query.live();
        query.matchingByPair(filter);
        return jdbc.sql("select count(*)" + query.from() + query.where()).params(query.parameters).query(Long.class).single();
    }

    /** One live event, as the timeline shows it. */
    public Optional<TimelineEntry> entry(long id) {
        Query query = new Query();
        query.live();
        query.condition("e.id = :id");
        query.parameter("id", id);
        return query.run("", 1).stream().findFirst();
    }

    /** These live events, earliest first, in one statement (a deleted or unknown id is left out). */
    public List<TimelineEntry> entries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = new Query();
        query.live();
        query.condition("e.id in (:ids)");
        query.parameter("ids", ids);
        return query.run(" order by e.date_earliest, e.id", ids.size());
    }

    /**
     * Hands every live event that matches {@code filter} to {@code consumer}, newest first, as
     * PostgreSQL sends them: {@value #FETCH_SIZE} rows at a time through a server-side cursor,
     * so memory stays flat however many events match. Nothing collects the rows.
     *
     * <p>PostgreSQL keeps such a cursor only inside a transaction (with autocommit on, the
     * driver reads the whole result at once), so this runs in the class's read-only one: call
     * it from the code that writes the rows, not around it. An exception thrown by
     * {@code consumer} stops the read and closes the cursor.
     */
    public void forEach(TimelineFilter filter, Consumer<TimelineEntry> consumer) {
        Query query = new Query();
        query.live();
        query.matching(filter);
        // Without a limit the statement's estimated cost passes jit_above_cost, and compiling it
        // (some 70 functions) delayed the first row by seconds while speeding up nothing: the
        // work is index lookups. Measured on 100,000 events: 7.6 s in all without JIT, 10.7 s with.
        jdbc.sql("set local jit = off").update();
        jdbc.sql(SELECT + query.from() + LISTING + query.where() + " order by e.date_earliest desc, e.id desc")
                .withFetchSize(FETCH_SIZE)
                .params(query.parameters)
                // each part parsed on its own, so that a walk of every event does not push out what the pages keep
                .query((RowCallbackHandler) row -> consumer.accept(toEntry(row, false)));
    }

    /**
     * The conditions that keep the live events matching {@code filter}, over {@code event e},
     * with their parameters: how {@link TimelineExport} selects the same events as a page.
     */
    Conditions liveMatching(TimelineFilter filter) {
        Query query = new Query();
        query.live();
        query.matching(filter);
        return new Conditions(query.conditions, query.parameters);
    }

    /** SQL conditions over {@code event e} and the values of their named parameters. */
    record Conditions(List<String> sql, Map<String, Object> parameters) {

        Conditions {
            sql = List.copyOf(sql);
            parameters = Map.copyOf(parameters);
        }
    }

    /** The live events that match {@code filter}, for a page of {@code limit} in {@code order} after {@code after}. */
    private Query liveMatching(TimelineFilter filter, TimelineOrder order, TimelineCursor.@Nullable ByDate after, int limit) {
        requirePageSize(limit);
        if (after != null && after.order() != order) {
            throw new IllegalArgumentException("the cursor was made for the other order");
        }
        Query query = new Query();
        query.live();
        query.matchingByPair(filter);
        query.stable = planStable(filter);
        return query;
    }

    /** One more row than the page was read; if it came, the page has a next, after its last entry. */
    private static TimelinePage cut(List<TimelineEntry> entries, int limit, Function<TimelineEntry, TimelineCursor> cursorAfter) {
        if (entries.size() <= limit) {
            return new TimelinePage(entries, null);
        }
        List<TimelineEntry> page = List.copyOf(entries.subList(0, limit));
        return new TimelinePage(page, cursorAfter.apply(page.getLast()));
    }

    private static void requirePageSize(int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE_SIZE + " events");
        }
    }

    /** The conditions and parameters of one statement over {@code event e}. */
    private final class Query {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new TreeMap<>(Map.of("today", LocalDate.now(clock)));

        /**
         * The table the statement walks by date: {@code event e} itself, a pair's (or one state's)
         * rows of {@code event_pair p} (V175, V230), or one topic's of {@code event_topic_date t}
         * (V231); the last two carry the event's date and join the event by primary key.
         */
        private String walked = "e";

        /** Whether the statement's plan is the same whatever its values ({@link #planStable}). */
        private boolean stable;

        void condition(String sql) {
            conditions.add(sql);
        }

        void parameter(String name, Object value) {
            parameters.put(name, value);
        }

        void live() {
            condition("e.deleted_at is null");
        }

        /** Past the cursor's row, if any, in {@code order}. */
        void after(TimelineOrder order, TimelineCursor.@Nullable ByDate after) {
            if (after != null) {
                condition(keys() + " " + (order == TimelineOrder.NEWEST_FIRST ? "<" : ">")
                        + " (:afterEarliest, :afterId)");
                parameter("afterEarliest", after.earliest());
                parameter("afterId", after.id());
            }
        }

        /**
         * As {@link #matching}, but read from a table of the filter's events by date when there
         * is one, so that a page is one index scan rather than a walk of every event probing each
         * for the filter: a pair of states, or one state (its pair with itself), from
         * {@code event_pair}; one topic from {@code event_topic_date}, with a state probed (a
         * topic holds fewer events than the busiest state). Not with a status: happened (the
         * dashboard's latest) walks the status's index with the states probed as before; a pair's
         * rare status (its planned events) as {@link #matchingRareStatusOfPair} reads it. Given
         * the pair's table to join with a status, the planner hashed all of it.
         */
        void matchingByPair(TimelineFilter filter) {
            String state = filter.state();
            String counterpart = state != null && state.equals(filter.counterpart()) ? null : filter.counterpart();
            if (!filter.statuses().isEmpty()) {
                if (state == null || counterpart == null || filter.statuses().contains(EventStatus.HAPPENED)) {
                    matching(filter);
                } else {
                    matchingRareStatusOfPair(filter);
                }
                return;
            }
            if (state != null && (counterpart != null || filter.topics().size() != 1)) {
                walked = "p";
                condition("p.state_a = :state and p.state_b = :counterpart");
                parameter("state", state);
                parameter("counterpart", counterpart != null ? counterpart : state);
            } else if (filter.topics().size() == 1) {
                walked = "t";
                condition("t.topic_code = :topic");
                parameter("topic", filter.topics().iterator().next());
                matching(filter);
                return;
            } else {
                matching(filter);
                return;
            }
            matchingBesidesStates(filter);
        }

        /**
         * A pair's events of statuses other than happened (the dashboard's planned events): walked
         * down the status's index by date, each event's two states counted in a subquery. As two
         * {@code exists}, the planner joined them by hashing every event of both states (the whole
         * history of a busy pair, 0.6 s at a million events for the 50 planned of the busiest); a
         * subquery in the condition cannot be made a join, so the walk stops at the page's end
         * (about 1,100 planned events probed for that page, a few milliseconds).
         */
        private void matchingRareStatusOfPair(TimelineFilter filter) {
            condition("(select count(*) from event_state es where es.event_id = e.id"
                    + " and es.state_code in (:state, :counterpart)) = 2");
            parameter("state", filter.state());
            parameter("counterpart", filter.counterpart());
            matchingBesidesStates(filter);
        }

        String from() {
            return switch (walked) {
                case "p" -> " from event_pair p join event e on e.id = p.event_id";
                case "t" -> " from event_topic_date t join event e on e.id = t.event_id";
                default -> " from event e";
            };
        }

        /** The order's keys as a row, from the table the statement walks. */
        String keys() {
            return "(" + walked + ".date_earliest, " + id() + ")";
        }

        String orderBy(String direction) {
            return " order by " + walked + ".date_earliest " + direction + ", " + id() + " " + direction;
        }

        private String id() {
            return walked.equals("e") ? "e.id" : walked + ".event_id";
        }

        void matching(TimelineFilter filter) {
            if (filter.state() != null) {
                condition("exists (select 1 from event_state es where es.event_id = e.id and es.state_code = :state)");
                parameter("state", filter.state());
            }
            if (filter.counterpart() != null) {
                condition("exists (select 1 from event_state es where es.event_id = e.id and es.state_code = :counterpart)");
                parameter("counterpart", filter.counterpart());
            }
            matchingBesidesStates(filter);
        }

        private void matchingBesidesStates(TimelineFilter filter) {
            if (!filter.kinds().isEmpty()) {
                condition("e.kind in (:kinds)");
                parameter("kinds", filter.kinds().stream().map(Enum::name).toList());
            }
            if (!filter.statuses().isEmpty()) {
                condition("e.status in (:statuses)");
                parameter("statuses", filter.statuses().stream().map(Enum::name).toList());
            }
            if (!filter.topics().isEmpty() && !walked.equals("t")) {
                condition("exists (select 1 from event_topic et where et.event_id = e.id and et.topic_code in (:topics))");
                parameter("topics", List.copyOf(filter.topics()));
            }
            if (filter.from() != null) {
                condition("e.date_latest >= :from");
                parameter("from", filter.from());
            }
            if (filter.to() != null) {
                // on the walked table's date, so that a pair's walk starts at the day
                condition(walked + ".date_earliest <= :to");
                parameter("to", filter.to());
            }
            if (filter.agreementId() != null) {
                condition("e.agreement_id = :agreementId");
                parameter("agreementId", filter.agreementId());
            }
            if (filter.personId() != null) {
                condition("exists (select 1 from event_participant ep where ep.event_id = e.id and ep.person_id = :personId)");
                parameter("personId", filter.personId());
            }
            if (filter.institutionId() != null) {
                condition("exists (select 1 from event_institution ei where ei.event_id = e.id and ei.institution_id = :institutionId)");
                parameter("institutionId", filter.institutionId());
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                TextQuery text = TextQuery.of(filter.text());
                condition(text.condition("e.search_vector", "text"));
                text.parameters("text").forEach(this::parameter);
            }
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        List<TimelineEntry> run(String orderBy, int limit) {
            return run(orderBy, limit, Timeline.this::toEntry);
        }

        <T> List<T> run(String orderBy, int limit, RowMapper<T> rows) {
            parameter("limit", limit);
            return planned(() -> jdbc.sql(SELECT + from() + LISTING + where() + orderBy + " limit :limit").params(parameters)
                    .query(rows).list());
        }

        /**
         * Runs the statement on a generic plan when its plan is the same whatever its values
         * (PostgreSQL makes one on a server-prepared statement's sixth run on a connection, and
         * keeps it), else planned for its values as the pool asks; the transaction's mode is put
         * back after it. (A failed statement ends the transaction, and the mode with it.)
         */
        <T> T planned(Supplier<T> statement) {
            if (!stable) {
                return statement.get();
            }
            String before = jdbc.sql("select current_setting('plan_cache_mode') as before,"
                    + " set_config('plan_cache_mode', 'force_generic_plan', true)").query((row, n) -> row.getString("before")).single();
            T result = statement.get();
            jdbc.sql("select set_config('plan_cache_mode', :mode, true)").param("mode", before).query(String.class).single();
            return result;
        }
    }

    private TimelineEntry toEntry(ResultSet row, int rowNumber) throws SQLException {
        return toEntry(row, true);
    }

    /** The row as an entry; its parts kept for the next page that shows them when {@code keep}. */
    private TimelineEntry toEntry(ResultSet row, boolean keep) throws SQLException {
        UncertainDate date = new UncertainDate(row.getObject("date_earliest", LocalDate.class),
                row.getObject("date_latest", LocalDate.class),
                DatePrecision.valueOf(row.getString("date_precision")), row.getBoolean("date_approximate"));
        OffsetDateTime deletedAt = row.getObject("deleted_at", OffsetDateTime.class);
        Long agreementId = row.getObject("agreement_id", Long.class);
        return new TimelineEntry(
                row.getLong("id"),
                EventKind.valueOf(row.getString("kind")),
                EventStatus.valueOf(row.getString("status")),
                row.getString("title_en"),
                row.getString("title_ru"),
                row.getString("summary_en"),
                row.getString("summary_ru"),
                date,
                row.getString("place_en"),
                row.getString("place_ru"),
                row.getString("place_state_code"),
                parts.read(row.getString("states"), STATES, keep),
                parts.read(row.getString("participants"), PARTICIPANTS, keep),
                parts.read(row.getString("topics"), TOPICS, keep),
                parts.read(row.getString("sources"), SOURCES, keep),
                parts.read(row.getString("institutions"), INSTITUTIONS, keep),
                agreementId,
                row.getString("visit_level"),
                row.getString("visit_kind"),
                row.getString("call_initiator_code"),
                row.getString("memorandum_subject_en"),
                row.getString("memorandum_subject_ru"),
                row.getLong("version"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant(),
                deletedAt == null ? null : deletedAt.toInstant(),
                row.getBoolean("overdue"));
    }
}
