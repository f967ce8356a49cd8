package org.chancery.event.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every live event that matches a filter, newest first, as the lines of an export: NDJSON (one
 * {@code EventResponse} a line, as {@code /api/v1/events} serves each item) or CSV (a header,
 * then one record an event). Each line is kept ready in {@code event_listing} (V160, written by
 * its triggers with every write); the export reads them in pages of {@value #PAGE} by keyset on
 * the timeline's order, one index walk and a primary-key join a page, and the server passes the
 * text on, so memory stays flat on both sides however many events match.
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

    /**
     * A page of lines: the event's keys for the next page, then its line from what
     * {@code event_listing} keeps (V160): the API's document, with the day's overdue flag put
     * in front, or the CSV record, padded to the export's number of source columns.
     */
    private static final String LINES = """
            select e.date_earliest, e.id, %s as line
              from event e
              join event_listing l on l.event_id = e.id
              %s
             order by e.date_earliest desc, e.id desc
             limit :page
            """;

    private static final String JSON_LINE = """
            '{"id":' || e.id || ',"kind":"' || e.kind || '","status":"' || e.status || '","overdue":' || (%s) || l.document
            """.formatted(Timeline.OVERDUE);

    private static final String CSV_LINE = "l.csv_record || repeat(',,', :sources - l.sources_cited) || E'\\r\\n'";

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
        read(filter, JSON_LINE, Map.of(), lines);
    }

    /**
     * Hands the CSV's header and then each matching event's record to {@code lines}, newest
     * first, each ended by CRLF (RFC 4180). There are as many pairs of source columns as the
     * event citing the most sources needs.
     */
    public void csv(TimelineFilter filter, Consumer<String> lines) {
        int sources = jdbc.sql("select coalesce(max(sources_cited), 1) from event_listing").query(Integer.class).single();
        lines.accept(String.join(",", csvHeader(sources)) + "\r\n");
        read(filter, CSV_LINE, Map.of("sources", sources), lines);
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

    private void read(TimelineFilter filter, String line, Map<String, Object> extra, Consumer<String> lines) {
        // Without a limit on what it reads at last, a statement this size passes jit_above_cost,
        // and compiling it took seconds a page while speeding up nothing (see Timeline.forEach).
        jdbc.sql("set local jit = off").update();
        Timeline.Conditions matching = timeline.liveMatching(filter);
        Map<String, Object> parameters = new HashMap<>(matching.parameters());
        parameters.putAll(extra);
        parameters.put("page", PAGE);
        parameters.put("today", LocalDate.now(clock));
        String first = LINES.formatted(line, where(matching.sql()));
        List<String> after = new ArrayList<>(matching.sql());
        after.add("(e.date_earliest, e.id) < (:afterEarliest, :afterId)");
        String next = LINES.formatted(line, where(after));
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
