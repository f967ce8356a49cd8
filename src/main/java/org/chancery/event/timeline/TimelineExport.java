package org.chancery.event.timeline;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyOut;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Utils;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every live event that matches a filter, newest first, as the lines of an export: NDJSON (one
 * {@code EventResponse} a line, as {@code /api/v1/events} serves each item) or CSV (a header,
 * then one record an event). PostgreSQL writes each NDJSON line; the server passes the text on.
 * An NDJSON line is the document {@code event_listing} keeps for the API list (V160, written by
 * its triggers with every write); a CSV record is made in the server from the same line
 * ({@link EventCsvRecord}, a streaming parse), byte for byte the record V140's {@code export_*}
 * functions wrote in SQL before. Both walk the date index, which carries what the line's head
 * needs (V200), and read {@code event_listing}, whose rows V200 laid out in this order, with no
 * random read of the event's row. The events are read in pages of
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

    /**
     * A page of the lines the CSV is made from: {@link #JSON_LINES} without the overdue flag,
     * which the CSV has no column for (the flag is a subquery for each planned event whose
     * window has closed: work for no byte of the CSV).
     */
    private static final String CSV_LINES = """
            select e.date_earliest, e.id,
                   '{"id":' || e.id || ',"kind":"' || e.kind || '","status":"' || e.status || '"' || l.document as line
              from event e
              join event_listing l on l.event_id = e.id
              %s
             order by e.date_earliest desc, e.id desc
             limit :page
            """;

    /** A page as COPY writes NDJSON: the keys, then the line, apart by a byte no JSON text holds raw (see {@link #copy}). */
    private static final String JSON_COPY = "copy (%s) to stdout (format csv, delimiter E'\\x02', quote E'\\x01')";

    /** The delimiter of {@link #JSON_COPY}'s columns. */
    private static final byte DELIMITER = 2;

    private final Timeline timeline;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    TimelineExport(Timeline timeline, JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.timeline = timeline;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Receives an export's text, UTF-8: one line (an NDJSON item, a CSV record) a call, its line break included. */
    @FunctionalInterface
    public interface Lines {
        void write(byte[] utf8, int from, int length);
    }

    /** Hands each matching event's NDJSON line to {@code lines}, newest first. */
    public void ndjson(TimelineFilter filter, Lines lines) {
        read(filter, where -> JSON_COPY.formatted(JSON_LINES.formatted(where)), lines);
    }

    /**
     * Hands the CSV's header and then each matching event's record to {@code lines}, newest
     * first, each ended by CRLF (RFC 4180). There are as many pairs of source columns as the
     * event citing the most sources needs.
     */
    public void csv(TimelineFilter filter, Lines lines) {
        int sources = jdbc.sql("select coalesce(max(cited), 1) from (select count(*) as cited from event_source group by event_id) counts")
                .query(Integer.class).single();
        byte[] header = (String.join(",", csvHeader(sources)) + "\r\n").getBytes(StandardCharsets.UTF_8);
        lines.write(header, 0, header.length);
        EventCsvRecord record = new EventCsvRecord(sources);
        read(filter, where -> JSON_COPY.formatted(CSV_LINES.formatted(where)), (utf8, from, length) -> {
            byte[] csv = record.of(utf8, from, length);
            lines.write(csv, 0, csv.length);
        });
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

    /**
     * Copies the pages of {@code statement} (a COPY made for a where clause, whose rows start
     * with the event's date and id, each followed by {@link #DELIMITER}) to {@code lines}, each
     * row without those keys.
     */
    private void read(TimelineFilter filter, UnaryOperator<String> statement, Lines lines) {
        // Without a limit on what it reads at last, a statement this size passes jit_above_cost,
        // and compiling it took seconds a page while speeding up nothing (see Timeline.forEach).
        jdbc.sql("set local jit = off").update();
        // A page is written to the client while it is read, so a slow client holds its statement
        // open: the pool's 30 s limit, meant for runaway reads, is raised for this bounded one.
        jdbc.sql("set local statement_timeout = '5min'").update();
        Timeline.Conditions matching = timeline.liveMatching(filter);
        Map<String, Object> parameters = new HashMap<>(matching.parameters());
        parameters.put("page", PAGE);
        parameters.put("today", LocalDate.now(clock));
        List<String> after = new ArrayList<>(matching.sql());
        after.add("(e.date_earliest, e.id) < (:afterEarliest, :afterId)");
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            BaseConnection postgres = connection.unwrap(BaseConnection.class);
            String sql = statement.apply(where(matching.sql()));
            while (true) {
                byte[] last = copy(postgres, literals(sql, parameters, postgres), lines);
                if (last == null) {
                    return;
                }
                String[] keys = new String(last, 0, keysEnd(last), StandardCharsets.UTF_8)
                        .split(Character.toString(DELIMITER));
                parameters.put("afterEarliest", LocalDate.parse(keys[0]));
                parameters.put("afterId", Long.parseLong(keys[1]));
                sql = statement.apply(where(after));
            }
        } catch (SQLException e) {
            throw new UncategorizedSQLException("export", null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Runs one page's COPY and passes its rows on; the last row when the page was full (so
     * another may follow), else null. PostgreSQL sends each row of a COPY as a message of its
     * own, ended by its line break. NDJSON is copied in CSV format with a delimiter and a quote
     * that no JSON text holds raw (control characters are escaped in JSON strings), so no
     * field is ever quoted and the line arrives as it is stored.
     */
    private static byte @Nullable [] copy(BaseConnection connection, String sql, Lines lines)
            throws SQLException {
        CopyOut copy = connection.getCopyAPI().copyOut(sql);
        byte[] row;
        byte[] last = null;
        int rows = 0;
        RuntimeException failed = null;
        while ((row = copy.readFromCopy()) != null) {
            // After a failure (most often: the client went away) the rest of the page is read
            // and dropped: the connection goes back to the pool, and it must have seen the
            // copy's end first (a cancel request raced the rollback that followed it).
            if (failed != null) {
                continue;
            }
            try {
                int from = keysEnd(row) + 1;
                if (row[row.length - 1] != '\n' || row[from] == 1) {
                    throw new IllegalStateException("a copied row that is not one line as written: " + sql);
                }
                lines.write(row, from, row.length - from);
            } catch (RuntimeException e) {
                failed = e;
            }
            last = row;
            rows++;
        }
        if (failed != null) {
            throw failed;
        }
        return rows == PAGE ? last : null;
    }

    /** Where the two keys in front of a copied row end: at the second delimiter. */
    private static int keysEnd(byte[] row) {
        int seen = 0;
        for (int i = 0; i < row.length; i++) {
            if (row[i] == DELIMITER && ++seen == 2) {
                return i;
            }
        }
        throw new IllegalStateException("a copied row without its keys");
    }

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z]\\w*)");

    /**
     * The statement with its named parameters written in as literals: COPY takes no
     * parameters. Strings are quoted by the driver's own escaping; days, numbers and lists
     * of strings (an {@code in} list) are written as such.
     */
    static String literals(String sql, Map<String, ?> parameters, BaseConnection connection) throws SQLException {
        Matcher names = PARAMETER.matcher(sql);
        StringBuilder written = new StringBuilder(sql.length() + 64);
        while (names.find()) {
            String name = names.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            names.appendReplacement(written, Matcher.quoteReplacement(literal(parameters.get(name), connection)));
        }
        names.appendTail(written);
        return written.toString();
    }

    private static String literal(@Nullable Object value, BaseConnection connection) throws SQLException {
        return switch (value) {
            case null -> "null";
            case String text -> "'" + Utils.escapeLiteral(null, text, connection.getStandardConformingStrings()) + "'";
            case LocalDate day -> "date '" + day + "'";
            case Long number -> number.toString();
            case Integer number -> number.toString();
            case Collection<?> values -> {
                List<String> each = new ArrayList<>(values.size());
                for (Object one : values) {
                    each.add(literal(one, connection));
                }
                yield String.join(", ", each);
            }
            default -> throw new IllegalArgumentException("no literal for a " + value.getClass().getSimpleName());
        };
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }
}
