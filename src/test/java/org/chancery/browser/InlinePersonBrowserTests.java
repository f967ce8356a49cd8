package org.chancery.browser;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: an editor enters a meeting with someone the record does not hold, creates
 * them inside the event form from the type-ahead's "Not in the record — create" with the office
 * they held, saves once, and finds them with that office among the pair's "who met whom".
 */
@ChanceryIntegrationTest
@SlowTest
class InlinePersonBrowserTests extends BrowserTest {

    private static final String TITLE = "Browser inline test: Kazakhstan's water minister meets Gideon Saar";
    private static final String PERSON = "Aidos Browsertest";
    private static final String OFFICE = "Browser Test Minister of Water Resources of Kazakhstan";

    @AfterEach
    void removeWhatWasEntered() {
        remove("event", "title_en", TITLE, "events");
        jdbc.sql("delete from office_term where office_id in (select id from office where title_en = :t)").param("t", OFFICE).update();
        remove("office", "title_en", OFFICE, "offices");
        remove("person", "name_en", PERSON, "persons");
        remove("source", "url", "https://example.org/browser-inline-water", "sources");
    }

    @Test
    void aPersonUnknownToTheRecordIsCreatedWithTheirOfficeInsideTheEventFormAndMetTheGuest() throws Exception {
        startSignedIn("EDITOR", "en");
        browser.open(url("/events/new"));
        browser.choose("kind", "Visit");
        browser.type("date", "2019-06");
        browser.type("titleEn", TITLE);
        typeGuestAndHost("IL", "KZ");
        browser.type("participants0.person", "5 · Gideon Saar");
        browser.choose("participants0.role", "guest");

        browser.type("participants1.person", PERSON);
        assertThat(browser.isShown(By.id("participants1.newNameRu"))).as("the new person's part, before it is asked for").isFalse();
        browser.pickFromList("participants1.person", "Not in the record — create");
        assertThat(browser.isShown(By.id("participants1.newNameRu"))).isTrue();
        assertThat(browser.value(By.id("participants1.newNameEn"))).isEqualTo(PERSON);
        assertThat(browser.value(By.id("participants1.person"))).isEmpty();
        browser.type("participants1.newNameRu", "Айдос Браузертест");
        browser.type("participants1.newOfficeEn", OFFICE);
        browser.type("participants1.newOfficeRu", "Министр водных ресурсов Казахстана (тест браузера)");
        browser.type("participants1.newOfficeState", "KZ");
        browser.choose("participants1.role", "host");
        typeNewSource("Browser inline test: water talks in Astana", "Steppe Daily", "https://example.org/browser-inline-water",
                "The water minister received Gideon Saar in Astana in June.");
        browser.clickButton("Save the event");
        browser.waitForAddress(address -> address.matches(".*/events/\\d+"));

        assertThat(browser.heading()).isEqualTo(TITLE);
        assertThat(browser.pageText()).contains(PERSON, "Gideon Saar");

        browser.open(url("/relations/KZ/IL"));
        String contacts = browser.text(By.cssSelector("table.contacts"));
        assertThat(contacts).contains(PERSON, OFFICE, "Gideon Saar");
    }
}
