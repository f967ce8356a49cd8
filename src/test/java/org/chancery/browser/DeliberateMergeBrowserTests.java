package org.chancery.browser;

import java.util.List;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, the keystroke that once merged an article into the wrong event: an editor
 * enters Saar's visit to Astana again, as the second article on it reports it, and presses Enter
 * in the title field, on the similar events and on the merge preview. Nothing is merged or saved
 * until a button says so; the closest match is listed first, the year-wide plans last.
 */
@ChanceryIntegrationTest
@SlowTest
class DeliberateMergeBrowserTests extends BrowserTest {

    private static final String TITLE = "Browser test: Saar in Astana, as a second article has it";

    @Test
    void enterNeverMergesAndTheClosestMatchComesFirst() throws Exception {
        long visit = eventTitled("Israeli Foreign Minister Gideon Saar visits Astana");
        long yearWide = eventTitled("Official visits from Israel to Kazakhstan expected in 2026");
        List<Long> citationsBefore = citations();
        startSignedIn("EDITOR", "en");
        browser.open(url("/events/new"));
        long stateRows = count("[id^=states][id$=state]");

        browser.type("titleEn", TITLE);
        browser.pressEnter("titleEn");
        browser.waitForText("There is a problem");
        assertThat(browser.value(By.id("titleEn"))).as("Enter on a fresh form saves (and is refused), adding no rows").isEqualTo(TITLE);
        assertThat(count("[id^=states][id$=state]")).as("no room for more was made").isEqualTo(stateRows);

        browser.choose("kind", "Visit");
        browser.type("date", "27 January 2026");
        typeGuestAndHost("IL", "KZ");
        browser.type("participants0.person", "5 · Gideon Saar");
        browser.choose("participants0.role", "guest");
        browser.click(By.cssSelector("details.new-source summary"));
        browser.type("sources0.newTitle", "Browser test: a second article on the visit");
        browser.type("sources0.newLanguage", "en");
        browser.type("sources0.passage", "Saar arrived in Astana on 27 January.");
        browser.pressEnter("titleEn");
        browser.waitForText("This may already be in the record");

        List<String> listed = browser.texts(By.cssSelector(".similar-events > li .event-title"));
        assertThat(listed).as("the same day and minister first; then the year-wide plans, the same direction first")
                .containsExactly("Israeli Foreign Minister Gideon Saar visits Astana",
                        "Official visits from Israel to Kazakhstan expected in 2026",
                        "Official visits from Kazakhstan to Israel expected in 2026");
        assertThat(browser.text(By.cssSelector(".similar-events > li:first-child"))).contains("Gideon Saar", "(guest)", "Sources:");

        browser.pressEnter("titleEn");
        browser.waitForText("This may already be in the record");
        assertThat(citations()).as("Enter on the similar events merges nothing").isEqualTo(citationsBefore);
        assertThat(eventsTitled(TITLE)).isZero();

        browser.click(By.cssSelector("#event-" + visit + " + button[name=addSourcesTo]"));
        browser.waitForText("Add this form’s sources to “Israeli Foreign Minister Gideon Saar visits Astana”?");
        assertThat(browser.text(By.cssSelector(".merge-sources"))).contains("Browser test: a second article on the visit",
                "Saar arrived in Astana on 27 January.");
        browser.pressEnter("titleEn");
        browser.waitForText("This may already be in the record");
        assertThat(citations()).as("Enter on the merge preview merges nothing").isEqualTo(citationsBefore);
        assertThat(browser.isShown(By.cssSelector("#event-" + yearWide))).isTrue();
        assertThat(eventsTitled(TITLE)).isZero();
    }

    private long eventTitled(String title) {
        return jdbc.sql("select id from event where title_en = :title").param("title", title).query(Long.class).single();
    }

    private long eventsTitled(String title) {
        return jdbc.sql("select count(*) from event where title_en = :title").param("title", title).query(Long.class).single();
    }

    private List<Long> citations() {
        return jdbc.sql("select count(*) from event_source group by event_id order by event_id").query(Long.class).list();
    }

    private long count(String selector) {
        return ((Number) browser.evaluate("document.querySelectorAll('" + selector + "').length")).longValue();
    }

}
