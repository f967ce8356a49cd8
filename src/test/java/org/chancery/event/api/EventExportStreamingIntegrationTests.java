package org.chancery.event.api;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import tools.jackson.databind.json.JsonMapper;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export of 100,000 events streams: the server reads them through a cursor and writes each
 * as it is read, so its heap does not grow with the export. Server and test share this JVM, so
 * the heap is measured (after a full collection) before the export and while the client has
 * read half of it and the server waits, mid-read, for the client to take more: had the server
 * loaded the rows first (a driver reading the whole result, or a list), they would all be
 * on the heap then, costing at least what they weigh as text.
 *
 * <p>The synthetic events (marked by their title) exist only while the test method runs: it
 * inserts them in one transaction and deletes them in {@code finally}, so the other tests,
 * which share the database, never see them.
 */
@ChanceryIntegrationTest
@SlowTest
class EventExportStreamingIntegrationTests {

    private static final int EVENTS = 100_000;
    private static final String MARK = "Synthetic export load event ";
    private static final String PASSAGE = "A synthetic passage that weighs what a real one does. ".repeat(10);

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void exportsOneHundredThousandEventsWithoutHoldingThemInMemory() throws Exception {
        deleteSyntheticEvents();
        try {
            insertSyntheticEvents();
            long recorded = jdbc.sql("select count(*) from event").query(Long.class).single();

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = export("events.ndjson");
            JsonMapper json = JsonMapper.builder().build();
            long heapBefore = usedHeapAfterFullCollection();
            long started = System.nanoTime();
            HttpResponse<InputStream> response = answered(http, request);

            long lines = 0;
            long synthetic = 0;
            long characters = 0;
            long firstLineNanos = 0;
            long heapGrowthMidway = 0;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (lines == 0) {
                        firstLineNanos = System.nanoTime() - started;
                    }
                    lines++;
                    characters += line.length() + 1;
                    assertThat(line).startsWith("{").endsWith("}");
                    if (line.contains(MARK)) {
                        synthetic++;
                    }
                    if (lines % 10_000 == 0) {
                        assertThat(json.readTree(line).at("/sources/0/quotedPassage").asString()).isNotEmpty();
                    }
                    if (lines == EVENTS / 2) {
                        heapGrowthMidway = usedHeapAfterFullCollection() - heapBefore;
                    }
                }
            }
            long totalNanos = System.nanoTime() - started;
            System.out.printf("Exported %,d events (%,d MB of NDJSON) in %,d ms, first line after %,d ms; "
                    + "heap grew by %,d MB midway%n", lines, characters >> 20, totalNanos / 1_000_000,
                    firstLineNanos / 1_000_000, heapGrowthMidway >> 20);

            assertThat(lines).isEqualTo(recorded);
            assertThat(synthetic).isEqualTo(EVENTS);
            // Rows loaded before writing would all be on the heap midway, costing at least their
            // text; streaming costs the rows of one fetch and some buffers.
            assertThat(characters).isGreaterThan(64L << 20);
            assertThat(heapGrowthMidway).isLessThan(characters / 8);

            abandonAnExportAfterItsFirstLines(http, request);
            assertThat(everyPooledConnectionAnswers()).isTrue();
            exportsTheSameEventsAsCsvWithoutHoldingThemInMemory(http);
        } finally {
            deleteSyntheticEvents();
        }
        assertThat(jdbc.sql("select count(*) from event where title_en like :mark").param("mark", MARK + "%")
                .query(Long.class).single()).isZero();
    }

    /** The CSV export, whose records the server makes from the same stream, one line at a time. */
    private void exportsTheSameEventsAsCsvWithoutHoldingThemInMemory(HttpClient http) throws Exception {
        long heapBefore = usedHeapAfterFullCollection();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = answered(http, export("events.csv"));
        long synthetic = 0;
        long characters = 0;
        long heapGrowthMidway = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(reader.readLine()).startsWith("id,kind,status,date,");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                characters += line.length() + 2;
                if (line.contains(MARK)) {
                    synthetic++;
                    assertThat(line).contains("," + PASSAGE);
                }
                if (synthetic == EVENTS / 2 && heapGrowthMidway == 0) {
                    heapGrowthMidway = Math.max(1, usedHeapAfterFullCollection() - heapBefore);
                }
            }
        }
        System.out.printf("Exported %,d synthetic events (%,d MB of CSV) in %,d ms; heap grew by %,d MB midway%n", synthetic,
                characters >> 20, (System.nanoTime() - started) / 1_000_000, heapGrowthMidway >> 20);
        assertThat(synthetic).isEqualTo(EVENTS);
        assertThat(characters).isGreaterThan(16L << 20);
        assertThat(heapGrowthMidway).isLessThan(characters / 8);
    }

    private HttpRequest export(String file) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/" + file)).timeout(Duration.ofSeconds(120)).build();
    }

    private static HttpResponse<InputStream> answered(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    /** A client that reads a few lines and goes away, and the server's export given the time to notice. */
    private void abandonAnExportAfterItsFirstLines(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(reader.readLine()).startsWith("{");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && jdbc.sql("select count(*) from pg_stat_activity where query like 'copy (%' "
                + "and state <> 'idle' and pid <> pg_backend_pid()").query(Long.class).single() > 0) {
            Thread.sleep(200);
        }
    }

    /**
     * Each connection of the pool at once, so the one the abandoned export used is among them:
     * it must have seen its copy to the end (a connection given back mid-copy answers the next
     * statement with the copy's rows).
     */
    private boolean everyPooledConnectionAnswers() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            int size = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            for (int i = 0; i < size; i++) {
                Connection connection = dataSource.getConnection();
                held.add(connection);
                try (Statement statement = connection.createStatement();
                        ResultSet answer = statement.executeQuery("select count(*) from event")) {
                    if (!answer.next() || answer.getLong(1) <= 0) {
                        return false;
                    }
                }
            }
            return true;
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    /**
     * Foreign keys are checked by plans each connection keeps: one made while the event table
     * held a handful of rows (by an earlier test on this pooled connection) may scan the whole
     * table, which is quick then and quadratic for 100,000 rows in one statement. Planning each
     * check afresh keeps the insert linear, whatever ran before.
     */
    private void planEachCheckAfresh() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        // Loading the fixture is not what is measured: the app's 30 s statement limit is for requests.
        jdbc.sql("set local statement_timeout = 0").update();
    }

    /**
     * The fixture is valid by construction, so it is loaded as the benchmark loads its events:
     * without the triggers (per row they cost more than the export being measured, past the
     * connection's 60 s on a busy machine), then the list's read model is built for it, which
     * the export reads. The counts per state and the record's version, which the triggers
     * keep, are left as they were: the fixture is removed the same way.
     */
    private void insertSyntheticEvents() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            planEachCheckAfresh();
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("""
                with source as (
                       insert into source (outlet, title, url, language)
                       values ('Synthetic', :mark || 'source', 'https://example.org/synthetic', 'en') returning id),
                     events as (
                       insert into event (kind, status, title_en, date_earliest, date_latest, date_precision,
                                          date_approximate)
                       select 'OTHER', 'HAPPENED', :mark || n, date '1700-01-01' + n, date '1700-01-01' + n, 'DAY', false
                         from generate_series(1, :events) n
                       returning id),
                     cited as (
                       insert into event_source (event_id, source_id, quoted_passage)
                       select events.id, source.id, :passage from events, source)
                insert into event_state (event_id, state_code, side) select id, 'KZ', 'HOST' from events""")
                .param("mark", MARK).param("events", EVENTS).param("passage", PASSAGE).update();
            jdbc.sql("select event_listing_rebuild(0, 1)").query(Object.class).list();
        });
    }

    /** Without the triggers, as loaded: so also without the cascades, each table of the fixture by hand. */
    private void deleteSyntheticEvents() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            planEachCheckAfresh();
            jdbc.sql("set local session_replication_role = replica").update();
            for (String table : List.of("event_listing", "event_state", "event_source")) {
                jdbc.sql("delete from " + table + " where event_id in (select id from event where title_en like :mark)")
                        .param("mark", MARK + "%").update();
            }
            jdbc.sql("delete from event where title_en like :mark").param("mark", MARK + "%").update();
            jdbc.sql("delete from source where title = :mark || 'source'").param("mark", MARK).update();
        });
    }

    private static long usedHeapAfterFullCollection() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
