package org.chancery.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: nothing is downloaded.
 * Where the two are not installed the browser tests are skipped, except on CI (CI=true),
 * where .ci/run installs them and their absence is a failure.
 */
final class Chromium {

    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /** A fresh browser with an empty profile, preferring {@code language}, in a window of the given size. */
    static ChromeDriver start(String language, int width, int height) throws IOException {
        boolean installed = Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER));
        if (System.getenv("CI") != null) {
            assertThat(installed).as("chromium and chromium-driver are installed (.ci/run installs them)").isTrue();
        }
        assumeTrue(installed, "chromium and chromium-driver are not installed");
        Path profile = Files.createTempDirectory("chancery-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new WithThrowawayProfile(service, options, profile);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** A driver that removes its browser profile when it quits, so runs leave nothing behind. */
    private static final class WithThrowawayProfile extends ChromeDriver {

        private final Path profile;

        WithThrowawayProfile(ChromeDriverService service, ChromeOptions options, Path profile) {
            super(service, options);
            this.profile = profile;
        }

        @Override
        public void quit() {
            try {
                super.quit();
            } finally {
                FileSystemUtils.deleteRecursively(profile.toFile());
            }
        }
    }
}
