package org.chancery.database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chancery.SlowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database outage as an operator lives it, against a PostgreSQL of the test's own (a
 * second cluster on port 5445, made with initdb in a temporary folder, never the shared one):
 * while it is stopped, the API, the pages and readiness say so with 503 within about a
 * second, with Retry-After; once it is back, the same instance answers again without a restart.
 */
@SlowTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chancery.record.enabled=false", "chancery.database.create-if-missing=false"})
class DatabaseOutageIntegrationTests {

    private static final int PORT = 5445;
    /** "Within about a second": the pool waits a second for a connection; the rest is slack for a busy machine. */
    private static final Duration PROMPTLY = Duration.ofMillis(2500);

    private static Path cluster;

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void aClusterOfItsOwn(DynamicPropertyRegistry properties) throws Exception {
        cluster = Files.createTempDirectory("chancery-outage-");
        run("chown", "postgres:postgres", cluster.toString());
        asPostgres(PostgresPrograms.program("initdb"), "-D", cluster.resolve("data").toString(), "-U", "postgres", "--auth=trust",
                "--no-sync", "-E", "UTF8", "--locale=C.UTF-8");
        start();
        properties.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres");
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void removeTheCluster() throws Exception {
        if (cluster != null) {
            if (Files.exists(cluster.resolve("data/postmaster.pid"))) {
                asPostgres(PostgresPrograms.program("pg_ctl"), "-D", cluster.resolve("data").toString(), "-m", "immediate", "-w", "stop");
            }
            run("rm", "-rf", cluster.toString());
        }
    }

    @Test
    void aStoppedDatabaseIsReportedAtOnceEverywhereAndTheInstanceRecoversWhenItIsBack() throws Exception {
        assertThat(get("/api/v1/events").statusCode()).isEqualTo(200);
        assertThat(get("/timeline").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").body()).contains("\"UP\"");

        stop();

        for (int round = 0; round < 2; round++) {
            Timed api = timed("/api/v1/events");
            assertThat(api.response().statusCode()).isEqualTo(503);
            assertThat(api.response().headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            assertThat(api.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.response().body()).contains("\"status\":503", "database-unavailable");
            assertThat(api.took()).isLessThan(PROMPTLY);

            Timed page = timed("/timeline");
            assertThat(page.response().statusCode()).isEqualTo(503);
            assertThat(page.response().headers().firstValue("Retry-After")).isPresent();
            assertThat(page.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.response().body()).contains("<html").contains("not reachable");
            assertThat(page.took()).isLessThan(PROMPTLY);

            Timed write = timed(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sources"))
                    .header("Content-Type", "application/json").header("Authorization", "Basic " + java.util.Base64
                            .getEncoder().encodeToString("test-admin:quiet-harbour-lantern-42".getBytes()))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"During the outage\", \"language\": \"en\"}")));
            assertThat(write.response().statusCode()).as("a write, whose credentials cannot be checked either").isEqualTo(503);
            assertThat(write.response().headers().firstValue("Retry-After")).isPresent();
            assertThat(write.took()).isLessThan(PROMPTLY.plus(PROMPTLY));

            Timed record = timed("/api/v1/sources/1");
            assertThat(record.response().statusCode()).isEqualTo(503);
            assertThat(record.took()).isLessThan(PROMPTLY);

            Timed readiness = timed("/actuator/health/readiness");
            assertThat(readiness.response().statusCode()).isEqualTo(503);
            assertThat(readiness.response().body()).contains("\"DOWN\"");
            assertThat(readiness.took()).isLessThan(PROMPTLY);

            assertThat(get("/actuator/health/liveness").statusCode()).as("liveness does not depend on the database")
                    .isEqualTo(200);
        }

        start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int status = 0;
        while (System.nanoTime() < deadline && (status = get("/api/v1/events").statusCode()) != 200) {
            Thread.sleep(200);
        }
        assertThat(status).as("the API answers again once the database is back").isEqualTo(200);
        assertThat(get("/timeline").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").body()).contains("\"UP\"");
    }

    private record Timed(HttpResponse<String> response, Duration took) {
    }

    private Timed timed(String path) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = get(path);
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }

    private Timed timed(HttpRequest.Builder request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/html,application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void start() throws Exception {
        asPostgres(PostgresPrograms.program("pg_ctl"), "-D", cluster.resolve("data").toString(), "-l", cluster.resolve("log").toString(),
                "-o", "-p " + PORT + " -k " + cluster + " -c listen_addresses=127.0.0.1", "-w", "start");
    }

    private static void stop() throws Exception {
        asPostgres(PostgresPrograms.program("pg_ctl"), "-D", cluster.resolve("data").toString(), "-m", "fast", "-w", "stop");
    }

    private static void asPostgres(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        line.addAll(List.of(command));
        run(line.toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
