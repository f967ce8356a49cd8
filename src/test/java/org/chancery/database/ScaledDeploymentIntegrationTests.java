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

import io.micrometer.core.instrument.MeterRegistry;

import org.chancery.ChanceryApplication;
import org.chancery.HttpBrowser;
import org.chancery.SlowTest;
import org.chancery.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances and a replica on this machine, as docs/operations.md describes them: a
 * PostgreSQL primary with a real streaming replica ({@link ReplicatedCluster}), and two
 * instances of the application on two ports over the primary and the replica. A sign-in on A holds on B; a save on A shows on B's
 * pages; B's reads reach the replica; with the replica stopped B serves from the primary and
 * says so; with A closed B still knows the session A made. Everything it started is stopped.
 */
@SlowTest
class ScaledDeploymentIntegrationTests {

    private static final String DATABASE = "chancery";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void twoInstancesOverAPrimaryAndAReplicaShareSessionsAndRecordsAndSurviveTheReplicaAndEachOther() throws Exception {
        try (ReplicatedCluster cluster = ReplicatedCluster.start(5440, 5441, 5442, 5443, 5444)) {
            ConfigurableApplicationContext a = instance(18101, cluster);
            ConfigurableApplicationContext b = null;
            try {
                b = instance(18102, cluster);
                String onA = "http://localhost:18101";
                String onB = "http://localhost:18102";
                String name = "Scaled " + UUID.randomUUID();
                HttpBrowser browser = new HttpBrowser();
                // An account created while the replica holds back what it receives: signing in with it must not
                // wait for the replica (a sign-in reads the primary). A sign-in on A is a sign-in on B: the browser
                // sends the one cookie to both.
                try (Connection replica = cluster.connectToReplica(DATABASE); Statement replay = replica.createStatement()) {
                    replay.execute("select pg_wal_replay_pause()");
                    try {
                        String editor = new TestAccounts(a.getBean(JdbcClient.class), a.getBean(PasswordEncoder.class))
                                .create("EDITOR");
                        assertThat(browser.signIn(onA, editor, TestAccounts.PASSWORD).headers().firstValue("Location"))
                                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
                        assertThat(browser.get(onB + "/account").statusCode()).isEqualTo(200);
                    } finally {
                        replay.execute("select pg_wal_replay_resume()");
                    }
                }

                // A save on A: the page after it, on B, shows it (this browser just wrote: it reads the primary).
                HttpResponse<String> saved = browser.submit(onA + "/institutions/new", onA + "/institutions",
                        Map.of("nameEn", name, "nameRu", name, "kind", "AGENCY", "state", ""));
                assertThat(saved.statusCode()).isEqualTo(302);
                String page = URI.create(saved.headers().firstValue("Location").orElseThrow()).getPath();
                assertThat(browser.get(onB + page).body()).contains(name);

                // Anyone else's reads on B come from the replica, which has the save within moments.
                HttpBrowser reader = new HttpBrowser();
                long scansBefore = institutionScans(cluster);
                assertThat(eventually(() -> reader.get(onB + page).body().contains(name))).isTrue();
                for (int i = 0; i < 3; i++) {
                    assertThat(reader.get(onB + "/api/v1/institutions?q=" + name.replace(' ', '+')).body()).contains(name);
                }
                assertThat(eventually(() -> institutionScans(cluster) >= scansBefore + 4))
                        .as("the replica's own statistics count B's reads of institutions").isTrue();
                assertThat(reader.get(onB + "/actuator/health/replica").body()).contains("\"UP\"");
                assertThat(replicaInUse(b)).isEqualTo(1.0);

                // The replica goes away: B says so and serves from the primary.
                cluster.stopReplica();
                assertThat(eventually(() -> reader.get(onB + "/actuator/health/replica").body().contains("FALLBACK")))
                        .isTrue();
                assertThat(replicaInUse(b)).isZero();
                HttpResponse<String> fromPrimary = reader.get(onB + page);
                assertThat(fromPrimary.statusCode()).isEqualTo(200);
                assertThat(fromPrimary.body()).contains(name);
                assertThat(reader.get(onB + "/actuator/health").statusCode()).isEqualTo(200);

                // A goes away: B still knows the session A made; signing out on B ends it.
                a.close();
                assertThat(browser.get(onB + "/account").statusCode()).isEqualTo(200);
                browser.signOut(onB);
                assertThat(browser.get(onB + "/account").statusCode()).isEqualTo(302);
            } finally {
                if (b != null) {
                    b.close();
                }
                a.close();
            }
        }
    }

    /** An instance of the whole application on {@code port}, over the cluster's primary and replica. */
    private static ConfigurableApplicationContext instance(int port, ReplicatedCluster cluster) {
        return new SpringApplicationBuilder(ChanceryApplication.class).run(
                "--server.port=" + port,
                "--spring.datasource.url=" + cluster.primaryUrl(DATABASE),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=3",
                "--chancery.datasource.replica.url=" + cluster.replicaUrl(DATABASE),
                "--chancery.datasource.replica.username=postgres",
                "--chancery.datasource.replica.check-every=300ms",
                "--spring.main.banner-mode=off");
    }

    private static double replicaInUse(ConfigurableApplicationContext instance) {
        return instance.getBean(MeterRegistry.class).get("chancery.datasource.replica.in.use").gauge().value();
    }

    /** How often the replica has read the institution table, by its own statistics. */
    private static long institutionScans(ReplicatedCluster cluster) throws Exception {
        try (Connection connection = cluster.connectToReplica(DATABASE); Statement statement = connection.createStatement();
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
