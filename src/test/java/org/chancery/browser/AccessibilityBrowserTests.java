package org.chancery.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no accessibility violation on any kind of page, in English or Russian, signed
 * out, as an editor and as an administrator, on a laptop and on a phone. axe is the npm package
 * that {@code src/test/axe/package-lock.json} pins, installed with {@code npm ci} into
 * {@code target/axe} once; the test hands its source to the page through WebDriver, as a script
 * of the browser's own, so the pages' Content-Security-Policy (which refuses any script but the
 * app's) stays as it is.
 */
@ChanceryIntegrationTest
@SlowTest
class AccessibilityBrowserTests extends EveryPageBrowserTest {

    private static final Path SETUP = Path.of("src/test/axe");
    private static final Path WORK = Path.of("target/axe");

    /** Runs axe on the whole page (WCAG 2.1 A and AA and axe's best practices); one line per violation. */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations.flatMap(v =>
                v.nodes.map(n => v.id + ' (' + v.impact + ') at ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' ')))),
                failure => done(['axe failed: ' + failure]));""";

    @Test
    void noPageHasAViolationInEnglish() throws Exception {
        assertThat(violationsOnEveryPage("en")).isEmpty();
    }

    @Test
    void noPageHasAViolationInRussian() throws Exception {
        assertThat(violationsOnEveryPage("ru")).isEmpty();
    }

    @Test
    void axeFindsAViolationWhereThereIsOne() throws Exception {
        String axe = installAxe();
        browser = Browser.start("en");
        browser.open(url("/"));
        browser.script("document.querySelector('main h1').remove();"
                + " const img = document.createElement('img'); img.src = '/favicon.ico'; document.querySelector('main').appendChild(img);");
        assertThat(violations(axe)).anyMatch(violation -> violation.startsWith("image-alt"));
    }

    private List<String> violationsOnEveryPage(String language) throws Exception {
        String axe = installAxe();
        PageKinds pages = pages();
        List<String> found = new ArrayList<>();
        browser = Browser.start(language);
        found.addAll(findOn(pages.public_, "1280 px", () -> violations(axe)));
        browser.emulatePhone(390, 844);
        found.addAll(findOn(List.of("/", "/timeline", "/relations/KZ/IL"), "390 px", () -> violations(axe)));
        signInAsAdministrator();
        found.addAll(findOn(pages.staff, "390 px", () -> violations(axe)));
        found.addAll(findOn(pages.admin, "390 px", () -> violations(axe)));
        return found;
    }

    private List<String> violations(String axe) {
        browser.script(axe);
        Object violations = browser.asyncScript(RUN_AXE);
        return violations instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of("axe gave " + violations);
    }

    /** {@code npm ci} when the lock file changed since the last install; axe's source. */
    private static String installAxe() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        Path script = WORK.resolve("node_modules/axe-core/axe.min.js");
        byte[] lock = Files.readAllBytes(SETUP.resolve("package-lock.json"));
        boolean current = Files.exists(script) && Files.exists(WORK.resolve("package-lock.json"))
                && Arrays.equals(lock, Files.readAllBytes(WORK.resolve("package-lock.json")));
        if (!current) {
            for (String file : List.of("package.json", "package-lock.json")) {
                Files.copy(SETUP.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            // npm's output goes to a file and its input is a pipe of its own, never the test JVM's:
            // those are the build's channel to the forked JVM, and a child that inherits them can
            // corrupt it ("std/in stream corrupted"), failing the build after every test passed.
            Path log = WORK.resolve("npm-ci.log");
            Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline")
                    .directory(WORK.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            install.getOutputStream().close();
            assertThat(install.waitFor(300, TimeUnit.SECONDS)).as("npm ci in %s finished", WORK).isTrue();
            assertThat(install.exitValue()).as("npm ci in %s: %s", WORK, Files.readString(log)).isZero();
        }
        return Files.readString(script);
    }
}
