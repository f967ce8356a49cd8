package org.chancery.common.api;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ChanceryIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A script that syncs with {@code updatedSince} while two writers interleave: writer A starts
 * first and commits last, writer B starts later and commits first. Ordered by time of change
 * (the transaction's start), B's change would be handed out first and A's, committing later
 * with an earlier time, would fall behind the script's position and be lost. The feed holds
 * B's change back while A is in flight, then hands out both, and a deletion as a tombstone;
 * the script's copy ends exactly as the database.
 */
@ChanceryIntegrationTest
class CompleteSyncFeedIntegrationTests {

    /** How long the script keeps polling for changes it expects once their writer has committed. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired MockMvc mvc;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Value("${spring.datasource.password}") String password;

    private final String prefix = "sync-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @AfterEach
    void removeInstitutions() {
        jdbc.sql("delete from institution where name_en like :prefix").param("prefix", prefix + "%").update();
    }

    @Test
    void aChangeThatCommitsAfterALaterStartedOneIsNotLost() throws Exception {
        long kept = insert(prefix + "kept");
        long doomed = insert(prefix + "doomed");
        Instant since = jdbc.sql("select now() - interval '1 second'").query(java.time.OffsetDateTime.class).single()
                .toInstant();
        Script script = new Script();
        String resume = script.sync("/api/v1/institutions?limit=2&q=" + prefix + "&updatedSince=" + since);
        assertThat(script.copy).containsOnlyKeys(kept, doomed);

        try (Connection writerA = dataSource.getConnection(); Connection writerB = dataSource.getConnection()) {
            writerA.setAutoCommit(false);
            writerB.setAutoCommit(false);
            // A starts first: its rows' updated_at is now(), its transaction's start.
            Instant aStarted = startOf(writerA);
            execute(writerA, "update institution set name_ru = 'A', version = version + 1, updated_at = now() where id = ?", kept);
            long early = insertIn(writerA, prefix + "early");
            Thread.sleep(20);
            // B starts later and commits first.
            long late = insertIn(writerB, prefix + "late");
            execute(writerB, "update institution set deleted_at = now(), version = version + 1, updated_at = now() where id = ?",
                    doomed);
            writerB.commit();
            assertThat(updatedAt(late)).isAfter(aStarted);

            // While A is in flight, B's changes wait: handing them out now would move the script past A's.
            resume = script.sync(resume);
            assertThat(script.copy).doesNotContainKey(late).containsKey(doomed);

            writerA.commit();

            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!(script.copy.containsKey(early) && script.copy.containsKey(late)) && System.nanoTime() < deadline) {
                Thread.sleep(100);
                resume = script.sync(resume);
            }
            assertThat(script.copy).containsOnlyKeys(kept, early, late);
            assertThat(script.copy.get(kept)).isEqualTo("A");
        }
        // Nothing is handed out twice once everything is in: the feed resumes where it stood.
        Map<Long, String> before = new HashMap<>(script.copy);
        script.sync(resume);
        assertThat(script.copy).isEqualTo(before);
        assertThat(script.received).doesNotHaveDuplicates();
    }

    @Test
    void aTransactionLeftOpenInAnotherDatabaseOfTheServerDoesNotHoldTheFeedBack() throws Exception {
        Instant since = jdbc.sql("select now() - interval '1 second'").query(java.time.OffsetDateTime.class).single()
                .toInstant();
        try (Connection elsewhere = connectionToAnotherDatabase()) {
            elsewhere.setAutoCommit(false);
            // It takes a transaction id, as a write does, and stays open: a long load elsewhere.
            long elsewhereXid = single(elsewhere, "select pg_current_xact_id()::text::bigint");
            long written = insert(prefix + "written-meanwhile");
            assertThat(jdbc.sql("select change_xid from institution where id = ?").param(written).query(Long.class).single())
                    .isGreaterThan(elsewhereXid);

            Script script = new Script();
            script.sync("/api/v1/institutions?limit=2&q=" + prefix + "&updatedSince=" + since);
            assertThat(script.copy).containsOnlyKeys(written);
            assertThat(single(elsewhere, "select pg_current_xact_id()::text::bigint"))
                    .as("the other database's transaction was open all along").isEqualTo(elsewhereXid);
        }
    }

    /** The server's maintenance database, {@code postgres}, reached as the application reaches its own. */
    private Connection connectionToAnotherDatabase() throws Exception {
        try (Connection own = dataSource.getConnection()) {
            String url = own.getMetaData().getURL();
            String postgres = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
            return DriverManager.getConnection(postgres, own.getMetaData().getUserName(), password);
        }
    }

    private static long single(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A syncing script: follows next to the end, keeps a copy by id, drops tombstones, and keeps the resume link. */
    private final class Script {

        final Map<Long, String> copy = new HashMap<>();
        final List<String> received = new java.util.ArrayList<>();

        String sync(String url) throws Exception {
            String link = url;
            while (true) {
                String page = mvc.perform(get(URI.create(link))).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString();
                List<Map<String, Object>> items = JsonPath.read(page, "$.items");
                for (Map<String, Object> item : items) {
                    long id = ((Number) item.get("id")).longValue();
                    @SuppressWarnings("unchecked")
                    Map<String, String> name = (Map<String, String>) item.get("name");
                    copy.put(id, name.get("ru"));
                    received.add(id + "@" + item.get("version"));
                }
                List<Number> deleted = JsonPath.read(page, "$.deleted[*].id");
                deleted.forEach(id -> copy.remove(id.longValue()));
                String next = JsonPath.read(page, "$.next");
                if (next == null) {
                    String resume = JsonPath.read(page, "$.resume");
                    assertThat(resume).as("the last page of changes says where to resume").isNotNull();
                    return resume;
                }
                link = next;
            }
        }
    }

    private long insert(String name) {
        return jdbc.sql("insert into institution (name_en, name_ru, kind) values (?, ?, 'OTHER') returning id")
                .params(name, "-").query(Long.class).single();
    }

    private static long insertIn(Connection connection, String name) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into institution (name_en, name_ru, kind) values (?, '-', 'OTHER') returning id")) {
            insert.setString(1, name);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void execute(Connection connection, String sql, long id) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    private static Instant startOf(Connection connection) throws Exception {
        try (PreparedStatement now = connection.prepareStatement("select now()"); ResultSet row = now.executeQuery()) {
            row.next();
            return row.getObject(1, java.time.OffsetDateTime.class).toInstant();
        }
    }

    private Instant updatedAt(long id) {
        return jdbc.sql("select updated_at from institution where id = ?").param(id)
                .query(java.time.OffsetDateTime.class).single().toInstant();
    }
}
