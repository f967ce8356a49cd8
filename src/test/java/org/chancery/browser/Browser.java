package org.chancery.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (nothing is downloaded),
 * with a fresh profile each time, and the few moves a person makes on a page: open, type,
 * choose, click, read. Without chromium and chromium-driver installed the test is skipped.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser that prefers {@code language}. */
    static Browser start(String language) throws IOException {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "chromium and chromium-driver are not installed");
        Path profile = Files.createTempDirectory("chancery-browser-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    void open(String url) {
        driver.get(url);
    }

    /** Types into the field labelled by the element with this id, replacing what was there. */
    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void choose(String selectId, String visibleText) {
        click(By.xpath("//select[@id='" + selectId + "']/option[normalize-space()='" + visibleText + "']"));
    }

    void click(By what) {
        driver.findElement(what).click();
    }

    void clickLink(String text) {
        click(By.linkText(text));
    }

    void clickButton(String text) {
        click(By.xpath("//button[normalize-space()='" + text + "']"));
    }

    String text(By what) {
        return driver.findElement(what).getText();
    }

    String heading() {
        return text(By.tagName("h1"));
    }

    String pageText() {
        return text(By.tagName("body"));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * Waits (up to ten seconds) until the browser's address is one {@code arrived} accepts: a
     * form's post and its redirect may still be under way when a click returns.
     */
    void waitForAddress(Predicate<String> arrived) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!arrived.test(String.valueOf(driver.getCurrentUrl()))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the browser stayed at " + driver.getCurrentUrl());
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
