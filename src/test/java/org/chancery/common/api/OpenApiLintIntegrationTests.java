package org.chancery.common.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The served OpenAPI document passes an outside linter: Redocly's CLI, at the exact version
 * that {@code src/test/openapi-lint/package-lock.json} pins, with its recommended rules
 * ({@code redocly.yaml} there). It is installed with {@code npm ci} into
 * {@code target/openapi-lint}, once; the document is written there too, for a look by hand.
 */
@ChanceryIntegrationTest
@SlowTest
class OpenApiLintIntegrationTests {

    private static final Path SETUP = Path.of("src/test/openapi-lint");
    private static final Path WORK = Path.of("target/openapi-lint");

    @Autowired MockMvc mvc;

    @Test
    void theServedDocumentHasNoErrorsUnderRedoclysRecommendedRules() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        installTheLinter();
        Files.writeString(WORK.resolve("openapi.json"), document);

        Run lint = run(List.of("node_modules/.bin/redocly", "lint", "openapi.json", "--format=json", "--max-problems=10000"), 120);
        Files.writeString(WORK.resolve("lint-report.json"), lint.output());

        JsonNode report = JsonMapper.builder().build().readTree(lint.output());
        List<String> errors = new ArrayList<>();
        for (JsonNode problem : report.path("problems")) {
            if (problem.path("severity").asString().equals("error")) {
                errors.add(problem.path("ruleId").asString() + " at "
                        + problem.path("location").path(0).path("pointer").asString() + ": " + problem.path("message").asString());
            }
        }
        assertThat(errors).as("Redocly's errors (all problems in %s)", WORK.resolve("lint-report.json")).isEmpty();
        assertThat(report.path("totals").path("errors").asInt()).isZero();
        System.out.println("redocly lint: " + report.path("totals"));
    }

    /** {@code npm ci} when the lock file changed since the last install (or there was none). */
    private static void installTheLinter() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        byte[] lock = Files.readAllBytes(SETUP.resolve("package-lock.json"));
        Path installed = WORK.resolve("node_modules/.package-lock.json");
        boolean current = Files.exists(WORK.resolve("node_modules/.bin/redocly")) && Files.exists(WORK.resolve("package-lock.json"))
                && java.util.Arrays.equals(lock, Files.readAllBytes(WORK.resolve("package-lock.json"))) && Files.exists(installed);
        for (String file : List.of("package.json", "package-lock.json", "redocly.yaml")) {
            Files.copy(SETUP.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!current) {
            Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), 300);
            assertThat(install.exitCode()).as("npm ci in %s", WORK).isZero();
        }
    }

    private static Run run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile());
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.redirectOutput(WORK.resolve("run.out").toFile()).redirectError(WORK.resolve("run.err").toFile());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took more than " + timeoutSeconds + " s");
        }
        System.err.print(Files.readString(WORK.resolve("run.err")));
        return new Run(process.exitValue(), Files.readString(WORK.resolve("run.out")));
    }

    private record Run(int exitCode, String output) {
    }
}
