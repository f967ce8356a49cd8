package org.chancery.browser;

import java.time.Duration;
import java.time.LocalDate;

import java.util.List;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst who has never seen Chancery answers "what has moved between Kazakhstan and
 * Israel, what is still pending, what is coming up?" in a real browser, in English and in
 * Russian: filters the timeline to the pair, finds the foreign minister's visit of
 * 27 January 2026, opens the pair's dashboard, reads the 2025 turnover and sees that the
 * accession to the Abraham Accords still awaits its signature.
 */
@ChanceryIntegrationTest
@SlowTest
class AnalystBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private ChromeDriver browser;

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnalystFollowsKazakhstanIsraelFromTheTimelineToTheDashboardInEnglish() throws Exception {
        browser = Chromium.start("en", 1280, 1000);
        browser.get(url("/"));
        browser.findElement(By.linkText("Timeline")).click();

        browser.findElement(By.id("filter-state")).sendKeys("Kazakhstan");
        browser.findElement(By.id("filter-counterpart")).sendKeys("Israel");
        browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
        arrivedAt("state=");

        assertThat(browser.getCurrentUrl()).contains("state=Kazakhstan").contains("counterpart=Israel");
        WebElement visit = eventTitled("Israeli Foreign Minister Gideon Saar visits Astana");
        assertThat(visit.findElement(By.className("event-date")).getText()).isEqualTo("27 January 2026");
        assertThat(visit.getText()).contains("Gideon Saar, Minister of Foreign Affairs of Israel");

        browser.findElement(By.linkText("Open the Kazakhstan – Israel dashboard")).click();
        arrivedAt("/relations/");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kazakhstan and Israel");
        assertThat(figureRow("Trade turnover").getText()).contains("2025").contains("USD 162 million");
        assertThat(browser.findElement(By.cssSelector("table.agreements")).getText())
                .contains("Abraham Accords")
                .contains("Open commitment: announced in November 2025, not signed for 11 months (356 days)");
        assertThat(browser.findElement(By.cssSelector(".flag-overdue")).getText()).contains("9 June 2026");
    }

    @Test
    void anAnalystFollowsKazakhstanIsraelFromTheTimelineToTheDashboardInRussian() throws Exception {
        browser = Chromium.start("ru", 1280, 1000);
        browser.get(url("/timeline"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Хроника");

        browser.findElement(By.id("filter-state")).sendKeys("Казахстан");
        browser.findElement(By.id("filter-counterpart")).sendKeys("Израиль");
        browser.findElement(By.id("filter-counterpart")).sendKeys(Keys.ENTER);
        arrivedAt("state=");

        WebElement visit = eventTitled("Визит министра иностранных дел Израиля Гидеона Саара в Астану");
        assertThat(visit.findElement(By.className("event-date")).getText()).isEqualTo("27 января 2026");

        browser.findElement(By.linkText("Открыть сводку Казахстан – Израиль")).click();
        arrivedAt("/relations/");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Казахстан и Израиль");
        assertThat(figureRow("Товарооборот").getText()).contains("2025").contains("162 миллиона USD");
        assertThat(browser.findElement(By.cssSelector("table.agreements")).getText())
                .contains("Соглашения Авраама").contains("объявлено в ноябре 2025 года, не подписано уже 11 месяцев");
    }

    @Test
    void theLanguageSwitchOnAnyPageKeepsThePlaceAndTheFilters() throws Exception {
        browser = Chromium.start("en", 1280, 1000);
        browser.get(url("/timeline?state=KZ&counterpart=IL&kind=VISIT"));

        browser.findElement(By.linkText("Русский")).click();
        arrivedAt("lang=ru");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Хроника");
        assertThat(browser.getCurrentUrl()).contains("state=KZ").contains("kind=VISIT");
        long saarsVisit = new ShippedRecord(jdbc).event("Israeli Foreign Minister Gideon Saar visits Astana");
        assertThat(browser.findElement(By.id("event-" + saarsVisit)).getText()).contains("27 января 2026");
    }

    @Test
    void theKeyboardReachesTheContentFirstAndShowsWhereItIs() throws Exception {
        browser = Chromium.start("en", 1280, 1000);
        browser.get(url("/relations/KZ/IL"));

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.getCssValue("outline-style")).isEqualTo("solid");

        skip.sendKeys(Keys.ENTER);
        arrivedAt("#main");
        assertThat(browser.getCurrentUrl()).endsWith("#main");
    }

    @Test
    void aPhoneGetsThePageWithoutSidewaysScrolling() throws Exception {
        browser = Chromium.start("en", 390, 844);
        ShippedRecord record = new ShippedRecord(jdbc);
        for (String path : List.of("/timeline?state=KZ&counterpart=IL", "/relations/KZ/IL",
                "/agreements/" + record.agreement("Abraham Accords"),
                "/events/" + record.event("Israeli Foreign Minister Gideon Saar visits Astana"))) {
            browser.get(url(path));
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as(path).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void anAnalystDragsAcrossTheBandToShowThatPeriodAndClicksAMarkToReachItsEvent() throws Exception {
        for (int[] screen : new int[][] {{1280, 1000}, {390, 844}}) {
            browser = Chromium.start("en", screen[0], screen[1]);
            browser.get(url("/timeline?state=KZ&counterpart=IL"));
            int before = browser.findElements(By.cssSelector("article.event")).size();
            WebElement band = browser.findElement(By.cssSelector(".band-svg"));
            assertThat(browser.findElement(By.className("band-brush-hint")).isDisplayed()).isTrue();

            // from the middle of the band to its right end: the last part of the period
            int half = band.getSize().getWidth() / 2;
            new Actions(browser).moveToElement(band, 0, 0).clickAndHold().moveByOffset(half / 2, 0)
                    .moveByOffset(half / 2 - 3, 0).release().perform();
            arrivedAt("from=");

            String from = browser.findElement(By.id("filter-from")).getDomProperty("value");
            String to = browser.findElement(By.id("filter-to")).getDomProperty("value");
            assertThat(LocalDate.parse(to)).as("%s px: to after from", screen[0]).isAfter(LocalDate.parse(from));
            assertThat(browser.getCurrentUrl()).contains("from=" + from, "to=" + to, "state=KZ", "counterpart=IL");
            List<WebElement> shown = browser.findElements(By.cssSelector("article.event"));
            assertThat(shown.size()).as("%s px: fewer events, the later ones", screen[0]).isLessThan(before).isPositive();
            for (WebElement event : shown) {
                String day = event.findElement(By.cssSelector("time.event-date")).getDomAttribute("datetime");
                assertThat(day.substring(0, 4).compareTo(from.substring(0, 4))).as(day).isGreaterThanOrEqualTo(0);
            }

            // a click on a mark (no drag) follows its link to the event in the list
            WebElement mark = browser.findElement(By.cssSelector(".band-svg a"));
            String target = mark.getDomAttribute("href");
            new Actions(browser).moveToElement(mark.findElement(By.tagName("rect"))).click().perform();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(target));
            browser.quit();
            browser = null;
        }
    }

    private WebElement eventTitled(String title) {
        return browser.findElements(By.cssSelector("article.event")).stream()
                .filter(article -> article.findElement(By.className("event-title")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no event titled " + title));
    }

    private WebElement figureRow(String indicator) {
        return browser.findElements(By.cssSelector("table.figure-table tbody tr")).stream()
                .filter(row -> row.getText().startsWith(indicator))
                .findFirst().orElseThrow(() -> new AssertionError("no figure row for " + indicator));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Waits (up to ten seconds) until the browser's address contains {@code part}: a click
     * that navigates may return before the next page has replaced the current one.
     */
    private void arrivedAt(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
    }
}
