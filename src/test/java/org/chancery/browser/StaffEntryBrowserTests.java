package org.chancery.browser;

import java.util.List;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, as staff work after reading an article: an editor signs in, enters a
 * visit with two participants and the article as a new source, finds it on the timeline,
 * corrects its date from "2026-03" to "2026-03-12", and finds both versions in its history.
 */
@ChanceryIntegrationTest
@SlowTest
class StaffEntryBrowserTests extends BrowserTest {

    private static final String TITLE = "Browser test: the Fijian foreign minister visits Tonga";
    private static final String SOURCE = "Browser test: Fiji and Tonga agree to talk water";

    @AfterEach
    void removeWhatWasEntered() {
        List<String> events = jdbc.sql("select id::text from event where title_en = :title").param("title", TITLE)
                .query(String.class).list();
        List<String> sources = jdbc.sql("select id::text from source where title = :title").param("title", SOURCE)
                .query(String.class).list();
        if (!events.isEmpty()) {
            jdbc.sql("delete from change_log where resource = 'events' and record_key in (:ids)").param("ids", events).update();
            jdbc.sql("delete from event where id::text in (:ids)").param("ids", events).update();
        }
        if (!sources.isEmpty()) {
            jdbc.sql("delete from change_log where resource = 'sources' and record_key in (:ids)").param("ids", sources).update();
            jdbc.sql("delete from source where id::text in (:ids)").param("ids", sources).update();
        }
    }

    @Test
    void anEditorEntersAVisitFindsItOnTheTimelineAndCorrectsItsDate() throws Exception {
        String editor = startSignedIn("EDITOR", "en");

        browser.clickLink("New event");
        browser.waitForAddress(address -> address.endsWith("/events/new"));
        browser.choose("kind", "Visit");
        assertThat(browser.isShown(By.id("callInitiator"))).as("a call's field, on a visit").isFalse();
        assertThat(browser.isShown(By.id("visitLevel"))).isTrue();
        browser.type("date", "2026-03");
        browser.type("titleEn", TITLE);
        browser.choose("visitLevel", "ministerial");
        typeGuestAndHost("Fiji", "TO");
        browser.type("participants0.person", "5 · Gideon Saar");
        browser.choose("participants0.role", "guest");
        browser.type("participants1.person", "6 · Yermek Kosherbayev");
        browser.choose("participants1.role", "host");
        typeNewSource(SOURCE, "Pacific Daily", "https://example.org/fiji-tonga",
                "The Fijian minister arrived in Nuku'alofa in March.");
        browser.clickButton("Save the event");
        browser.waitForAddress(address -> address.matches(".*/events/\\d+"));
        String eventPage = browser.currentUrl();

        assertThat(browser.heading()).isEqualTo(TITLE);
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("Saved the event “" + TITLE + "”.");
        assertThat(browser.pageText()).contains("Gideon Saar", "Yermek Kosherbayev", "Pacific Daily",
                "The Fijian minister arrived in Nuku'alofa in March.");

        browser.open(url("/timeline?state=FJ"));
        browser.clickLink(TITLE);
        browser.waitForAddress(address -> address.equals(eventPage));

        browser.clickLink("Edit");
        browser.waitForAddress(address -> address.endsWith("/edit"));
        assertThat(browser.value(By.id("date"))).isEqualTo("March 2026");
        browser.type("date", "2026-03-12");
        browser.clickButton("Save the changes");
        browser.waitForAddress(address -> address.equals(eventPage));

        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("Saved your changes to “" + TITLE + "”.");
        String history = browser.text(By.cssSelector(".record-history"));
        assertThat(history).contains("Version 1: changed", "Version 0: created", "by " + editor);
        assertThat(browser.text(By.cssSelector("#version-1 .changes"))).contains("2026-03", "2026-03-12");
        assertThat(browser.text(By.cssSelector("#version-1 del"))).isEqualTo("2026-03");
        assertThat(browser.text(By.cssSelector("#version-1 ins"))).isEqualTo("2026-03-12");
    }

    @Test
    void aParticipantTypedInRussianIsSuggestedByTheServerWithTheirOfficeAndSaved() throws Exception {
        startSignedIn("EDITOR", "en");
        browser.open(url("/events/new"));
        browser.choose("kind", "Visit");
        browser.type("date", "2026-03");
        browser.type("titleEn", TITLE);
        typeGuestAndHost("KZ", "TO");
        browser.type("participants0.person", "Токаев");
        // the page lists no one itself: an option showing an office is the server's answer
        String picked = browser.pickSuggestion("participants0.person", "President of Kazakhstan");
        assertThat(picked).endsWith(" · Kassym-Jomart Tokayev");
        browser.choose("participants0.role", "guest");
        typeNewSource(SOURCE, "Pacific Daily", "https://example.org/kazakhstan-tonga",
                "The Kazakh president arrived in Nuku'alofa in March.");
        browser.clickButton("Save the event");
        browser.waitForAddress(address -> address.matches(".*/events/\\d+"));

        assertThat(browser.heading()).isEqualTo(TITLE);
        assertThat(browser.pageText()).contains("Kassym-Jomart Tokayev");
    }

    @Test
    void aRefusedSaveLeavesTheFocusOnWhatIsWrongAndSaveAndAddAnotherOpensTheNextFormFromTheSameArticle()
            throws Exception {
        startSignedIn("EDITOR", "en");
        browser.open(url("/events/new"));
        browser.choose("kind", "Visit");
        browser.type("titleEn", TITLE);
        browser.clickButton("Save the event");
        browser.waitForText("There is a problem");

        assertThat(browser.script("return document.activeElement.className")).isEqualTo("error-summary");
        assertThat(browser.script("return document.activeElement.textContent")).asString()
                .contains("Enter the date, even roughly");

        browser.type("date", "2026-03");
        typeGuestAndHost("FJ", "TO");
        typeNewSource(SOURCE, "Pacific Daily", "https://example.org/fiji-tonga-next",
                "The Fijian minister arrived in Nuku'alofa in March.");
        browser.clickButton("Save and add another");
        browser.waitForAddress(address -> address.contains("/events/new?"));

        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("Saved the event “" + TITLE + "”.");
        assertThat(browser.value(By.id("titleEn"))).isEmpty();
        assertThat(browser.value(By.id("states0.state"))).isEqualTo("FJ");
        assertThat(browser.value(By.id("states1.state"))).isEqualTo("TO");
        assertThat(browser.value(By.id("sources0.source"))).contains(SOURCE);
        assertThat(browser.value(By.id("sources0.passage"))).isEmpty();
        browser.clickLink("Open the event just saved");
        browser.waitForAddress(address -> address.matches(".*/events/\\d+"));
        assertThat(browser.heading()).isEqualTo(TITLE);
    }
}
