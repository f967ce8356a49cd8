package org.chancery.event.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every live event that matches a filter, newest first, as the lines of an export: NDJSON (one
 * {@code EventResponse} a line, as {@code /api/v1/events} serves each item) or CSV (a header,
 * then one record an event). PostgreSQL writes each line; the server passes the text on. An
 * NDJSON line is the document {@code event_listing} keeps for the API list (V160, written by its
 * triggers with every write); a CSV record is built per export (the {@code export_*} functions of
 * {@code V140}), each page's states, participants, institutions, topics and sources aggregated
 * set-based (one join per part, not a subquery per event). The events are read in pages of
 * {@value #PAGE} by keyset on the timeline's order, so memory stays flat on both sides however
 * many events match, and a page costs what it holds.
 *
 * <p>The CSV is the one the import reads back ({@code CsvEvents}): its columns are the import's
 * (participants by name, institutions by number, each source as {@code source_id} and
 * {@code quoted_passage}, numbered from the second on), with the columns only an export writes
 * (the id, the date's bounds, the sources' addresses, the last change), which the import passes over.
 */
@Service
@Transactional(readOnly = true)
public class TimelineExport {

    /** How many events one statement reads. */
    static final int PAGE = 5_000;

    private static final List<String> CSV_COLUMNS = List.of("id", "kind", "status", "date", "date_earliest",
            "date_latest", "date_precision", "date_approximate", "title_en", "title_ru", "summary_en", "summary_ru",
            "states", "participants", "institutions", "topics", "place_en", "place_ru", "place_state", "agreement_id",
            "visit_level", "visit_kind", "call_initiator", "memorandum_subject_en", "memorandum_subject_ru",
            "source_ids", "source_urls", "source_outlets", "updated_at");

    private static final String EVENTS = """
            with e as materialized (
                select e.id, e.kind, e.status, e.title_en, e.title_ru, e.summary_en, e.summary_ru,
                       e.date_earliest, e.date_latest, e.date_precision, e.date_approximate,
                       e.place_en, e.place_ru, e.place_state_code, e.agreement_id, e.visit_level, e.visit_kind,
                       e.call_initiator_code, e.memorandum_subject_en, e.memorandum_subject_ru, e.version, e.updated_at
                  from event e %s
                 order by e.date_earliest desc, e.id desc
                 limit :page),
            """;

    /**
     * A page of NDJSON lines: the event's keys for the next page, then the API's document that
     * {@code event_listing} keeps (V160), with the day's overdue flag put in front.
     */
    private static final String JSON_LINES = """
            select e.date_earliest, e.id,
                   '{"id":' || e.id || ',"kind":"' || e.kind || '","status":"' || e.status || '","overdue":' || (%s)
                   || l.document as line
              from event e
              join event_listing l on l.event_id = e.id
              %%s
             order by e.date_earliest desc, e.id desc
             limit :page
            """.formatted(Timeline.OVERDUE);

    // Each part is aggregated from rows sorted by event and then by the order the API lists
    // them in (string_agg keeps its input's order), rather than by an ORDER BY inside the
    // aggregate, which sorts every event's few rows apart: a third of the time of a page.
    private static final String CSV_PARTS = """
            st as (
                select event_id, string_agg(item, ';') as states
                  from (select es.event_id, es.state_code || ':' || es.side as item
                          from e join event_state es on es.event_id = e.id
                         order by es.event_id, es.side, es.state_code) sorted
                 group by event_id),
            pa as (
                select event_id, string_agg(item, ';') as participants
                  from (select ep.event_id, coalesce(p.name_en, p.name_ru) || ':' || ep.role as item
                          from e join event_participant ep on ep.event_id = e.id join person p on p.id = ep.person_id
                         order by ep.event_id, ep.role, p.name_en) sorted
                 group by event_id),
            ins as (
                select event_id, string_agg(item, ';') as institutions
                  from (select ei.event_id, ei.institution_id || ':' || ei.role as item
                          from e join event_institution ei on ei.event_id = e.id join institution i on i.id = ei.institution_id
                         order by ei.event_id, ei.role, i.name_en) sorted
                 group by event_id),
            tp as (
                select event_id, string_agg(topic_code, ';') as topics
                  from (select et.event_id, et.topic_code from e join event_topic et on et.event_id = e.id
                         order by et.event_id, et.topic_code) sorted
                 group by event_id),
            so as (
                select event_id, count(*) as cited, string_agg(id::text, ';') as ids,
                       string_agg(coalesce(url, ''), ';') as urls, string_agg(coalesce(outlet, ''), ';') as outlets,
                       string_agg(id || ',' || export_csv(quoted_passage), ',') as pairs
                  from (select src.event_id, so.id, so.url, so.outlet, src.quoted_passage
                          from e join event_source src on src.event_id = e.id join source so on so.id = src.source_id
                         order by src.event_id, so.published_on, so.id) sorted
                 group by event_id)
            """;

    private static final String CSV_LINE = """
            select e.date_earliest, e.id,
                   e.id || ',' || e.kind || ',' || e.status
                   || ',' || export_edtf(e.date_earliest, e.date_latest, e.date_precision, e.date_approximate)
                   || ',' || export_day(e.date_earliest) || ',' || export_day(e.date_latest)
                   || ',' || e.date_precision || ',' || e.date_approximate
                   || ',' || export_csv(e.title_en) || ',' || export_csv(e.title_ru)
                   || ',' || export_csv(e.summary_en) || ',' || export_csv(e.summary_ru)
                   || ',' || coalesce(st.states, '') || ',' || export_csv(pa.participants)
                   || ',' || coalesce(ins.institutions, '') || ',' || coalesce(tp.topics, '')
                   || ',' || export_csv(e.place_en) || ',' || export_csv(e.place_ru) || ',' || coalesce(e.place_state_code, '')
                   || ',' || coalesce(e.agreement_id::text, '') || ',' || coalesce(e.visit_level, '')
                   || ',' || coalesce(e.visit_kind, '') || ',' || coalesce(e.call_initiator_code, '')
                   || ',' || export_csv(e.memorandum_subject_en) || ',' || export_csv(e.memorandum_subject_ru)
                   || ',' || coalesce(so.ids, '') || ',' || export_csv(so.urls) || ',' || export_csv(so.outlets)
                   || ',' || export_instant(e.updated_at)
                   || ',' || coalesce(so.pairs, ',') || repeat(',,', :sources - coalesce(so.cited, 1)::int)
                   || E'\\r\\n' as line
              from e
              left join st on st.event_id = e.id left join pa on pa.event_id = e.id left join ins on ins.event_id = e.id
              left join tp on tp.event_id = e.id left join so on so.event_id = e.id
             order by e.date_earliest desc, e.id desc
            """;

    private final Timeline timeline;
    private final JdbcClient jdbc;
    private final Clock clock;

    TimelineExport(Timeline timeline, JdbcClient jdbc, Clock clock) {
        this.timeline = timeline;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Hands each matching event's NDJSON line (without its line break) to {@code lines}, newest first. */
    public void ndjson(TimelineFilter filter, Consumer<String> lines) {
        read(filter, JSON_LINES::formatted, Map.of(), lines);
    }

    /**
     * Hands the CSV's header and then each matching event's record to {@code lines}, newest
     * first, each ended by CRLF (RFC 4180). There are as many pairs of source columns as the
     * event citing the most sources needs.
     */
    public void csv(TimelineFilter filter, Consumer<String> lines) {
        int sources = jdbc.sql("select coalesce(max(cited), 1) from (select count(*) as cited from event_source group by event_id) counts")
                .query(Integer.class).single();
        lines.accept(String.join(",", csvHeader(sources)) + "\r\n");
        read(filter, where -> EVENTS.formatted(where) + CSV_PARTS + CSV_LINE, Map.of("sources", sources), lines);
    }

    /** The CSV's columns with {@code sources} pairs of source columns. */
    public static List<String> csvHeader(int sources) {
        List<String> header = new ArrayList<>(CSV_COLUMNS);
        for (int number = 1; number <= sources; number++) {
            header.add(number == 1 ? "source_id" : "source_id_" + number);
            header.add(number == 1 ? "quoted_passage" : "quoted_passage_" + number);
        }
        return List.copyOf(header);
    }

    /** Reads the pages of {@code statement}, made for a where clause, whose third column is the line. */
    private void read(TimelineFilter filter, UnaryOperator<String> statement, Map<String, Object> extra, Consumer<String> lines) {
        // Without a limit on what it reads at last, a statement this size passes jit_above_cost,
        // and compiling it took seconds a page while speeding up nothing (see Timeline.forEach).
        jdbc.sql("set local jit = off").update();
        Timeline.Conditions matching = timeline.liveMatching(filter);
        Map<String, Object> parameters = new HashMap<>(matching.parameters());
        parameters.putAll(extra);
        parameters.put("page", PAGE);
        parameters.put("today", LocalDate.now(clock));
        String first = statement.apply(where(matching.sql()));
        List<String> after = new ArrayList<>(matching.sql());
        after.add("(e.date_earliest, e.id) < (:afterEarliest, :afterId)");
        String next = statement.apply(where(after));
        Page page = new Page(lines);
        jdbc.sql(first).params(parameters).query(page);
        while (page.rows == PAGE) {
            parameters.put("afterEarliest", page.lastEarliest);
            parameters.put("afterId", page.lastId);
            page.rows = 0;
            jdbc.sql(next).params(parameters).query(page);
        }
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }

    /** Passes each line on and keeps where the page ended, for the next. */
    private static final class Page implements RowCallbackHandler {

        private final Consumer<String> lines;
        private int rows;
        private LocalDate lastEarliest = LocalDate.MAX;
        private long lastId;

        Page(Consumer<String> lines) {
            this.lines = lines;
        }

        @Override
        public void processRow(java.sql.ResultSet row) throws java.sql.SQLException {
            lines.accept(row.getString(3));
            lastEarliest = row.getObject(1, LocalDate.class);
            lastId = row.getLong(2);
            rows++;
        }
    }
}
