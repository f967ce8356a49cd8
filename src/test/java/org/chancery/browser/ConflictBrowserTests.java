package org.chancery.browser;

import java.util.List;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.chancery.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In two real browsers: two editors open the same event; the first changes its date and
 * summary and saves; the second changes its date and Russian title and saves late. The form
 * comes back with the first editor's summary in it and the date, which both changed, to be
 * chosen; once chosen, one save keeps both editors' work.
 */
@ChanceryIntegrationTest
@SlowTest
class ConflictBrowserTests extends BrowserTest {

    private static final String TITLE = "Browser conflict test: the Fijian minister visits Tonga";
    private static final String SUMMARY = "The ministers talked about water.";
    private static final String TITLE_RU = "Министр Фиджи посещает Тонга";

    private Browser second;

    @AfterEach
    void closeTheSecondBrowserAndRemoveWhatWasEntered() {
        if (second != null) {
            second.close();
        }
        for (String table : List.of("event", "source")) {
            List<String> ids = jdbc.sql("select id::text from " + table + " where "
                    + (table.equals("event") ? "title_en" : "title") + " like 'Browser conflict test:%'").query(String.class).list();
            if (!ids.isEmpty()) {
                jdbc.sql("delete from change_log where resource = :r and record_key in (:ids)").param("r", table + "s")
                        .param("ids", ids).update();
                jdbc.sql("delete from " + table + " where id::text in (:ids)").param("ids", ids).update();
            }
        }
    }

    @Test
    void aLateSaveKeepsTheOtherEditorsSummaryAndTheDateBothChangedIsChosen() throws Exception {
        String firstEditor = startSignedIn("EDITOR", "en");
        browser.open(url("/events/new"));
        browser.choose("kind", "Visit");
        browser.type("date", "2016-03");
        browser.type("titleEn", TITLE);
        typeGuestAndHost("FJ", "TO");
        typeNewSource("Browser conflict test: Fiji and Tonga talk water", "Pacific Daily",
                "https://example.org/browser-conflict", "The Fijian minister arrived in Nuku'alofa in March.");
        browser.clickButton("Save the event");
        browser.waitForAddress(address -> address.matches(".*/events/\\d+"));
        String eventPage = browser.currentUrl();

        second = Browser.start("en");
        second.signIn(url(""), accounts.create("EDITOR"), TestAccounts.PASSWORD);
        browser.open(eventPage + "/edit");
        second.open(eventPage + "/edit");

        browser.type("date", "2016-03-12");
        browser.type("summaryEn", SUMMARY);
        browser.clickButton("Save the changes");
        browser.waitForAddress(address -> address.equals(eventPage));

        second.type("date", "2016-03-14");
        second.type("titleRu", TITLE_RU);
        second.clickButton("Save the changes");
        second.waitForText("Someone saved this record while you were editing it");

        assertThat(second.text(By.cssSelector(".conflict"))).contains(firstEditor + " saved version 1",
                "You both changed Date: keep");
        assertThat(second.value(By.id("summaryEn"))).as("the first editor's summary, now in the form").isEqualTo(SUMMARY);
        assertThat(second.value(By.id("titleRu"))).isEqualTo(TITLE_RU);
        second.click(By.cssSelector("input[name='keep.date'][value='saved']"));
        second.clickButton("Save the changes");
        // the conflict page posts to the event's address too: wait for the saved event's page
        second.waitForText("together with those " + firstEditor + " saved");

        assertThat(second.text(By.cssSelector("[role=status]"))).contains("together with those " + firstEditor + " saved");
        assertThat(jdbc.sql("""
                        select date_earliest || ' ' || summary_en || ' ' || title_ru from event where title_en = :title""")
                .param("title", TITLE).query(String.class).single())
                .isEqualTo("2016-03-12 " + SUMMARY + " " + TITLE_RU);
    }
}
