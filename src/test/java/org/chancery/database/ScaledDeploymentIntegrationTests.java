package org.chancery.database;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;

import org.chancery.ChanceryApplication;
import org.chancery.HttpBrowser;
import org.chancery.SlowTest;
import org.chancery.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances and a replica on this machine, as docs/operations.md describes them: a real
 * streaming replica of the local PostgreSQL, and two instances of the application on two
 * ports over the primary and the replica. A sign-in on A holds on B; a save on A shows on B's
 * pages; B's reads reach the replica; with the replica stopped B serves from the primary and
 * says so; with A closed B still knows the session A made. Everything it started is stopped.
 */
@SlowTest
class ScaledDeploymentIntegrationTests {

    private static final Pattern URL = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*$");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void twoInstancesOverAPrimaryAndAReplicaShareSessionsAndRecordsAndSurviveTheReplicaAndEachOther() throws Exception {
        String databaseUrl = System.getenv().getOrDefault("CHANCERY_TEST_DATABASE_URL",
                "jdbc:postgresql://localhost:5432/chancery_test");
        Matcher parts = URL.matcher(databaseUrl);
        assertThat(parts.matches()).as("a PostgreSQL URL: %s", databaseUrl).isTrue();
        String database = parts.group(3);
        int primaryPort = parts.group(2) == null ? 5432 : Integer.parseInt(parts.group(2));

        try (StreamingReplica replica = StreamingReplica.start("127.0.0.1", primaryPort, 5440, 5441, 5442, 5443, 5444)) {
            String replicaUrl = "jdbc:postgresql://127.0.0.1:" + replica.port() + "/" + database;
            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(databaseUrl,
                    System.getenv().getOrDefault("CHANCERY_TEST_DATABASE_USERNAME", "postgres"),
                    System.getenv().getOrDefault("CHANCERY_TEST_DATABASE_PASSWORD", "")));
            TestAccounts accounts = new TestAccounts(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder());
            String name = "Scaled " + UUID.randomUUID();
            ConfigurableApplicationContext a = instance(18101, replicaUrl);
            ConfigurableApplicationContext b = null;
            try {
                b = instance(18102, replicaUrl);
                String onA = "http://localhost:18101";
                String onB = "http://localhost:18102";
                String editor = accounts.create("EDITOR");

                // A sign-in on A is a sign-in on B: the browser sends the one cookie to both.
                HttpBrowser browser = new HttpBrowser();
                assertThat(browser.signIn(onA, editor, TestAccounts.PASSWORD).headers().firstValue("Location"))
                        .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
                assertThat(browser.get(onB + "/account").statusCode()).isEqualTo(200);

                // A save on A: the page after it, on B, shows it (this browser just wrote: it reads the primary).
                HttpResponse<String> saved = browser.submit(onA + "/institutions/new", onA + "/institutions",
                        Map.of("nameEn", name, "nameRu", name, "kind", "AGENCY", "state", ""));
                assertThat(saved.statusCode()).isEqualTo(302);
                String page = URI.create(saved.headers().firstValue("Location").orElseThrow()).getPath();
                assertThat(browser.get(onB + page).body()).contains(name);

                // Anyone else's reads on B come from the replica, which has the save within moments.
                HttpBrowser reader = new HttpBrowser();
                long scansBefore = institutionScans(replica, database);
                assertThat(eventually(() -> reader.get(onB + page).body().contains(name))).isTrue();
                for (int i = 0; i < 3; i++) {
                    assertThat(reader.get(onB + "/api/v1/institutions?q=" + name.replace(' ', '+')).body()).contains(name);
                }
                assertThat(eventually(() -> institutionScans(replica, database) >= scansBefore + 4))
                        .as("the replica's own statistics count B's reads of institutions").isTrue();
                assertThat(reader.get(onB + "/actuator/health/replica").body()).contains("\"UP\"");
                assertThat(b.getBean(MeterRegistry.class).get("chancery.datasource.replica.in.use").gauge().value())
                        .isEqualTo(1.0);

                // The replica goes away: B says so and serves from the primary.
                replica.stop();
                assertThat(eventually(() -> reader.get(onB + "/actuator/health/replica").body().contains("FALLBACK")))
                        .isTrue();
                assertThat(b.getBean(MeterRegistry.class).get("chancery.datasource.replica.in.use").gauge().value())
                        .isZero();
                HttpResponse<String> fromPrimary = reader.get(onB + page);
                assertThat(fromPrimary.statusCode()).isEqualTo(200);
                assertThat(fromPrimary.body()).contains(name);
                assertThat(reader.get(onB + "/actuator/health").statusCode()).isEqualTo(200);

                // A goes away: B still knows the session A made.
                a.close();
                assertThat(browser.get(onB + "/account").statusCode()).isEqualTo(200);
                // And signing out on B ends it everywhere.
                browser.signOut(onB);
                assertThat(browser.get(onB + "/account").statusCode()).isEqualTo(302);
            } finally {
                jdbc.sql("delete from change_log where resource = 'institutions' and record_key in "
                        + "(select id::text from institution where name_en = ?)").param(name).update();
                jdbc.sql("delete from institution where name_en = ?").param(name).update();
                accounts.removeAll();
                if (b != null) {
                    b.close();
                }
                a.close();
            }
        }
    }

    /** An instance of the whole application on {@code port}, over the test database and the replica. */
    private static ConfigurableApplicationContext instance(int port, String replicaUrl) {
        return new SpringApplicationBuilder(ChanceryApplication.class).properties(
                "server.port=" + port,
                "chancery.datasource.replica.url=" + replicaUrl,
                "chancery.datasource.replica.username=postgres",
                "chancery.datasource.replica.check-every=300ms",
                "spring.datasource.hikari.maximum-pool-size=3",
                "spring.main.banner-mode=off").run();
    }

    /** How often the replica has read the institution table, by its own statistics. */
    private static long institutionScans(StreamingReplica replica, String database) throws Exception {
        try (Connection connection = replica.connect(database); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0) "
                     + "from pg_stat_user_tables where relname = 'institution'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static boolean eventually(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                if (condition.call()) {
                    return true;
                }
            } catch (java.io.IOException | java.sql.SQLException notYet) {
                // try again
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
    }
}
