package org.chancery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.chancery.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark ({@code bench/run}, docs/benchmarks.md) at a small scale, so that it cannot rot:
 * 2,000 events, three seconds a case, against the jar {@code package} has just built, with the
 * capture of each API case's SQL and of the import's statements, replayed for their references:
 * the AOT cache's training run and three starts, two to three minutes on a quiet machine. What it
 * asserts is that every case ran and answered, and every target was judged, not the figures: on
 * a shared machine those say nothing at this size.
 */
@SlowTest
class BenchmarkSmokeTests {

    @Test
    void theBenchmarkRunsEveryCaseAndJudgesEveryTarget(@TempDir Path dir) throws Exception {
        Path figures = dir.resolve("figures.json");
        Path output = dir.resolve("output.txt");
        Process bench = new ProcessBuilder("bench/run", "2000", "--duration", "3", "--warmup", "1", "--settle", "1", "--connections", "4",
                "--database", "chancery_bench_smoke", "--port", "18091", "--export-seconds", "3",
                "--import-events", "200", "--json", figures.toString())
                .directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = bench.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            bench.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as(printed).isTrue();
        assertThat(bench.exitValue()).as(printed).isZero();

        JsonNode result = JsonMapper.builder().build().readTree(figures.toFile());
        assertThat(result.get("cases")).hasSize(14);
        assertThat(result.get("cases")).allSatisfy(c -> assertThat(c.get("rate").asDouble()).as(c.toString()).isPositive());
        assertThat(result.get("pgbench_bare_tps").asDouble()).isPositive();
        assertThat(result.get("export_ndjson_per_s").asDouble()).isPositive();
        assertThat(result.get("import_per_s").asDouble()).isPositive();
        // the references: each API case's own SQL and the import's statements, replayed
        assertThat(result.get("cases")).filteredOn(c -> c.get("case").asString().startsWith("api"))
                .allSatisfy(c -> assertThat(c.get("sql_tps").asDouble()).as(c.toString()).isPositive());
        assertThat(result.get("import_sql_per_s").asDouble()).as(printed).isPositive();
        assertThat(printed).contains("PASS", "api busy pair", "bare indexed 50-row select");
        assertThat(printed).containsPattern("(PASS|FAIL) +start ≤ 8 s");
        assertThat(result.get("start_cpu_s").asDouble()).isPositive();
        if (jdk25IsInstalled()) {
            // The start is measured as the README and the Docker image start: with an AOT cache.
            assertThat(result.get("start_as").asString()).isEqualTo("cached");
            assertThat(printed).contains("AOT cache trained", "extracted jar, AOT cache");
        }
    }

    /** The benchmark's own choice of JDK (bench/run, java_binary): a JDK 25 there, when one is. */
    private static boolean jdk25IsInstalled() throws Exception {
        try (var jdks = Files.newDirectoryStream(Path.of("/usr/lib/jvm"), "*25*")) {
            return jdks.iterator().hasNext();
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }
}
