package org.chancery.browser;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the form that gives a person an office lists no office, and the office
 * form no institution; typing a few letters of an office's title or an institution's name offers
 * it from the server ("title · state", "4 · name"), and what is saved has the one picked.
 */
@ChanceryIntegrationTest
@SlowTest
class TermOfficeTypeAheadBrowserTests extends BrowserTest {

    private static final String PERSON = "Browsertest Envoy";
    private static final String OFFICE = "Browsertest Envoy of Kazakhstan";

    @AfterEach
    void removeWhatWasEntered() {
        jdbc.sql("delete from office_term where office_id in (select id from office where title_en = :t)").param("t", OFFICE).update();
        remove("office", "title_en", OFFICE, "offices");
        remove("person", "name_en", PERSON, "persons");
    }

    @Test
    void theOfficeFieldOffersTheRecordsOfficeAsOneTypesAndTheTermIsRecorded() throws Exception {
        long person = jdbc.sql("insert into person (name_en, name_ru) values (:en, 'Браузертест Посланник') returning id")
                .param("en", PERSON).query(Long.class).single();
        long office = jdbc.sql("insert into office (title_en, title_ru, state_code) values (:en, 'Браузертест посланник Казахстана', 'KZ')"
                        + " returning id").param("en", OFFICE).query(Long.class).single();
        startSignedIn("EDITOR", "en");
        browser.open(url("/persons/" + person + "/terms/new"));
        assertThat(browser.script("return document.querySelectorAll('select[name=office], #known-office-options option').length;"))
                .as("offices listed in the page").isEqualTo(0L);

        browser.type("office", "browsertest envoy");
        assertThat(browser.pickSuggestion("office", "Browsertest Envoy")).isEqualTo(OFFICE + " · KZ");
        browser.type("from", "7 May 2024");
        browser.clickButton("Record the term");
        browser.waitForAddress(address -> address.endsWith("/persons/" + person));
        assertThat(jdbc.sql("select office_id || ' ' || held_from from office_term where person_id = :p").param("p", person)
                .query(String.class).list()).containsExactly(office + " 2024-05-07");
    }

    @Test
    void aNewOfficesInstitutionFieldOffersTheRecordsInstitutionAsOneTypes() throws Exception {
        long water = jdbc.sql("select id from institution where name_en = 'Ministry of Water Resources and Irrigation of Kazakhstan'")
                .query(Long.class).single();
        startSignedIn("EDITOR", "en");
        browser.open(url("/offices/new"));
        assertThat(browser.script("return document.querySelectorAll('select[name=institution], #institution-options option').length;"))
                .as("institutions listed in the page").isEqualTo(0L);

        browser.type("titleEn", OFFICE);
        browser.type("titleRu", "Браузертест посланник Казахстана");
        browser.type("state", "KZ");
        browser.type("institution", "water resources");
        assertThat(browser.pickSuggestion("institution", "Water Resources"))
                .isEqualTo(water + " · Ministry of Water Resources and Irrigation of Kazakhstan");
        browser.clickButton("Add the office");
        browser.waitForAddress(address -> address.matches(".*/offices/\\d+$"));
        assertThat(jdbc.sql("select institution_id from office where title_en = :t").param("t", OFFICE).query(Long.class).list())
                .containsExactly(water);
    }
}
