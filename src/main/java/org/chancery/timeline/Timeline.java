package org.chancery.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.chancery.common.DatePrecision;
import org.chancery.common.UncertainDate;
import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline's read side: one SQL statement per page, whatever the page size. States,
 * participants (with the office they held on the day), topics and sources come back as JSON
 * aggregated in the same statement, so a page never fans out into a query per event. Pages
 * are cut by keyset on (earliest day, id), newest first, so a deep page costs what the first
 * does.
 */
@Service
@Transactional(readOnly = true)
public class Timeline {

    public static final int MAX_PAGE_SIZE = 500;

    private static final TypeReference<List<TimelineEntry.StateRef>> STATES = new TypeReference<>() { };
    private static final TypeReference<List<TimelineEntry.ParticipantRef>> PARTICIPANTS = new TypeReference<>() { };
    private static final TypeReference<List<TimelineEntry.TopicRef>> TOPICS = new TypeReference<>() { };
    private static final TypeReference<List<TimelineEntry.SourceRef>> SOURCES = new TypeReference<>() { };

    private static final String SELECT = """
            select e.id, e.kind, e.status, e.title_en, e.title_ru, e.summary_en, e.summary_ru,
                   e.date_earliest, e.date_latest, e.date_precision, e.date_approximate,
                   e.place_en, e.place_ru, e.place_state_code, e.updated_at,
                   (select coalesce(json_agg(json_build_object('code', es.state_code, 'side', es.side,
                                'nameEn', s.name_en, 'nameRu', s.name_ru) order by es.side, es.state_code), '[]')
                      from event_state es join state s on s.code = es.state_code
                     where es.event_id = e.id) as states,
                   (select coalesce(json_agg(json_build_object('id', p.id, 'nameEn', p.name_en, 'nameRu', p.name_ru,
                                'role', ep.role, 'officeEn', held.title_en, 'officeRu', held.title_ru)
                                order by ep.role, p.name_en), '[]')
                      from event_participant ep
                      join person p on p.id = ep.person_id
                      left join lateral (
                           select o.title_en, o.title_ru
                             from office_term t join office o on o.id = t.office_id
                            where t.person_id = p.id
                              and (t.held_from is null or t.held_from <= e.date_latest)
                              and (t.held_to is null or t.held_to >= e.date_earliest)
                            order by t.held_from desc nulls last, o.id
                            limit 1) held on true
                     where ep.event_id = e.id) as participants,
                   (select coalesce(json_agg(json_build_object('code', t.code, 'nameEn', t.name_en, 'nameRu', t.name_ru)
                                order by t.code), '[]')
                      from event_topic et join topic t on t.code = et.topic_code
                     where et.event_id = e.id) as topics,
                   (select coalesce(json_agg(json_build_object('id', so.id, 'outlet', so.outlet, 'title', so.title,
                                'url', so.url, 'publishedOn', so.published_on, 'language', so.language,
                                'quotedPassage', src.quoted_passage) order by so.published_on, so.id), '[]')
                      from event_source src join source so on so.id = src.source_id
                     where src.event_id = e.id) as sources
              from event e
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Timeline(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The page of events that match {@code filter}, newest first, starting after
     * {@code after} (or at the newest when it is null).
     */
    public TimelinePage page(TimelineFilter filter, @Nullable TimelineCursor after, int limit) {
        List<TimelineEntry> entries = query(filter, after, false, limit);
        TimelineCursor previous = after == null ? null
                : entries.isEmpty() ? after : cursorOf(entries.getFirst());
        if (entries.size() <= limit) {
            return new TimelinePage(entries, null, previous);
        }
        List<TimelineEntry> page = List.copyOf(entries.subList(0, limit));
        return new TimelinePage(page, cursorOf(page.getLast()), previous);
    }

    /**
     * The page of events that match {@code filter} and come just before {@code before} in
     * the timeline's order (that is, later in time), newest first: the way back from an
     * earlier page.
     */
    public TimelinePage pageBefore(TimelineFilter filter, TimelineCursor before, int limit) {
        List<TimelineEntry> oldestFirst = query(filter, before, true, limit);
        boolean newerRemain = oldestFirst.size() > limit;
        List<TimelineEntry> page = new ArrayList<>(oldestFirst.subList(0, Math.min(limit, oldestFirst.size())));
        Collections.reverse(page);
        TimelineCursor next = page.isEmpty() ? before : cursorOf(page.getLast());
        return new TimelinePage(List.copyOf(page), next, newerRemain ? cursorOf(page.getFirst()) : null);
    }

    /** One event as the timeline shows it, or empty where there is none with that id. */
    public Optional<TimelineEntry> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(this::entry).optional();
    }

    /** One statement: at most {@code limit + 1} rows past the cursor, in either direction. */
    private List<TimelineEntry> query(TimelineFilter filter, @Nullable TimelineCursor cursor, boolean towardsNewer,
            int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE_SIZE + " events");
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new TreeMap<>();
        where(filter, conditions, parameters);
        if (cursor != null) {
            conditions.add(towardsNewer
                    ? "(e.date_earliest, e.id) > (:cursorEarliest, :cursorId)"
                    : "(e.date_earliest, e.id) < (:cursorEarliest, :cursorId)");
            parameters.put("cursorEarliest", cursor.earliest());
            parameters.put("cursorId", cursor.id());
        }
        String order = towardsNewer ? " order by e.date_earliest, e.id" : " order by e.date_earliest desc, e.id desc";
        String sql = SELECT + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + order + " limit :limit";
        parameters.put("limit", limit + 1);
        return jdbc.sql(sql).params(parameters).query(this::entry).list();
    }

    private static TimelineCursor cursorOf(TimelineEntry entry) {
        return new TimelineCursor(entry.date().earliest(), entry.id());
    }

    private static void where(TimelineFilter filter, List<String> conditions, Map<String, Object> parameters) {
        if (filter.state() != null) {
            conditions.add("exists (select 1 from event_state es where es.event_id = e.id and es.state_code = :state)");
            parameters.put("state", filter.state());
        }
        if (filter.counterpart() != null) {
            conditions.add("exists (select 1 from event_state es where es.event_id = e.id and es.state_code = :counterpart)");
            parameters.put("counterpart", filter.counterpart());
        }
        if (!filter.kinds().isEmpty()) {
            conditions.add("e.kind in (:kinds)");
            parameters.put("kinds", filter.kinds().stream().map(Enum::name).toList());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("e.status in (:statuses)");
            parameters.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (!filter.topics().isEmpty()) {
            conditions.add("exists (select 1 from event_topic et where et.event_id = e.id and et.topic_code in (:topics))");
            parameters.put("topics", List.copyOf(filter.topics()));
        }
        if (filter.from() != null) {
            conditions.add("e.date_latest >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("e.date_earliest <= :to");
            parameters.put("to", filter.to());
        }
        if (filter.agreementId() != null) {
            conditions.add("e.agreement_id = :agreementId");
            parameters.put("agreementId", filter.agreementId());
        }
        if (filter.personId() != null) {
            conditions.add("exists (select 1 from event_participant ep where ep.event_id = e.id and ep.person_id = :personId)");
            parameters.put("personId", filter.personId());
        }
        if (filter.institutionId() != null) {
            conditions.add("exists (select 1 from event_institution ei where ei.event_id = e.id and ei.institution_id = :institutionId)");
            parameters.put("institutionId", filter.institutionId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("e.search_vector @@ (websearch_to_tsquery('english', :text) || websearch_to_tsquery('russian', :text))");
            parameters.put("text", filter.text());
        }
    }

    private TimelineEntry entry(ResultSet row, int rowNumber) throws SQLException {
        UncertainDate date = new UncertainDate(row.getObject("date_earliest", java.time.LocalDate.class),
                row.getObject("date_latest", java.time.LocalDate.class),
                DatePrecision.valueOf(row.getString("date_precision")), row.getBoolean("date_approximate"));
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
                json.readValue(row.getString("states"), STATES),
                json.readValue(row.getString("participants"), PARTICIPANTS),
                json.readValue(row.getString("topics"), TOPICS),
                json.readValue(row.getString("sources"), SOURCES),
                row.getObject("updated_at", java.time.OffsetDateTime.class).toInstant());
    }
}
