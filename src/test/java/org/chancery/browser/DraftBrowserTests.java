package org.chancery.browser;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: an editor pastes seed article 003 (Gideon Saar's visit to Astana) on the
 * draft page, opens the visit's draft in the new-event form (in a tab of its own, so the drafts
 * stay open) and finds it filled in, titled by kind, states and place, with the persons of
 * the talks the next sentence reports; saving it
 * goes through the similar-events check, which shows the visit the record already holds, and
 * nothing is saved.
 */
@ChanceryIntegrationTest
@SlowTest
class DraftBrowserTests extends BrowserTest {

    @Test
    void theVisitDraftedFromArticle003OpensInTheEventFormFilledInAndMeetsTheVisitAlreadyRecorded() throws Exception {
        long events = jdbc.sql("select count(*) from event").query(Long.class).single();
        startSignedIn("EDITOR", "en");

        browser.open(url("/events/new"));
        browser.clickLink("From an article? Paste it and get drafts");
        browser.waitForAddress(address -> address.endsWith("/events/draft"));
        // Typing 13,000 characters key by key takes a minute; the text is put in at once, as a paste would.
        browser.script("document.getElementById('text').value = " + jsString(
                org.chancery.draft.SeedArticles.read("003_286ccc2045c21454.txt")));
        browser.type("publishedOn", "27.01.2026");
        browser.type("outlet", "Независимая газета");
        browser.type("url", "https://centrasia.org/newsA.php?st=1769600100");
        browser.type("title", "Израиль расширяет влияние в Каспийском регионе");
        browser.clickButton("Propose drafts");
        browser.waitForText("Open in the new-event form");

        browser.click(By.xpath("//li[contains(., 'Визит главы МИД Израиля Гидеона Саара в Астану 27 января')]"
                + "//button[normalize-space()='Open in the new-event form']"));
        browser.toNewestTab();
        browser.waitForAddress(address -> address.endsWith("/events/new"));
        assertThat(browser.heading()).isEqualTo("New event");
        assertThat(browser.value(By.name("kind"))).isEqualTo("VISIT");
        assertThat(browser.value(By.name("date"))).isEqualTo("27 января 2026");
        assertThat(browser.value(By.name("titleEn"))).isEqualTo("Visit: Israel – Kazakhstan, Astana");
        assertThat(browser.value(By.name("titleRu"))).isEqualTo("Визит: Израиль — Казахстан, Астана");
        assertThat(browser.value(By.name("placeEn"))).isEqualTo("Astana");
        assertThat(browser.value(By.name("placeState"))).isEqualTo("KZ");
        assertThat(browser.value(By.name("visitLevel"))).isEqualTo("MINISTERIAL");
        assertThat(java.util.List.of(browser.value(By.name("states[0].state")), browser.value(By.name("states[1].state"))))
                .containsExactlyInAnyOrder("IL", "KZ");
        assertThat(browser.value(By.name("participants[0].person"))).isEqualTo("5 · Гидеон Саар");
        assertThat(browser.value(By.name("participants[0].role"))).isEqualTo("GUEST");
        // The talks the next sentence reports («Переговоры … с президентом … Токаевым и главой МИД Казахстана …») are the visit's.
        assertThat(browser.value(By.name("participants[1].person"))).isEqualTo("1 · Касым-Жомарт Токаев");
        assertThat(browser.value(By.name("participants[1].role"))).isEqualTo("HOST");
        assertThat(browser.value(By.name("participants[2].person"))).isEqualTo("6 · Ермек Кошербаев");
        assertThat(browser.value(By.name("participants[2].role"))).isEqualTo("HOST");
        // «главы МИД Израиля» names Saar by the ministry he heads: the ministry takes no part of its own.
        assertThat(browser.value(By.name("institutions[0].institution"))).isEmpty();
        assertThat(browser.value(By.name("sources[0].newUrl"))).isEqualTo("https://centrasia.org/newsA.php?st=1769600100");
        assertThat(browser.value(By.name("sources[0].newOutlet"))).isEqualTo("Независимая газета");
        assertThat(browser.value(By.name("sources[0].passage"))).startsWith("Визит главы МИД Израиля Гидеона Саара в Астану 27 января");

        browser.clickButton("Save the event");
        browser.waitForText("This may already be in the record");
        assertThat(browser.text(By.cssSelector(".similar-events"))).contains("Gideon Saar");
        assertThat(jdbc.sql("select count(*) from event").query(Long.class).single()).as("events saved").isEqualTo(events);
    }

    /** A JavaScript string literal of {@code text}, everything beyond ASCII escaped. */
    private static String jsString(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                literal.append(String.format("\\u%04x", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }

}
