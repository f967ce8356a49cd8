package org.chancery.browser;

import java.time.Duration;
import java.util.List;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the form that gives a person an office lists no office; typing a few
 * letters of an office's title offers it from the server ("title · state"), and the term is
 * recorded with the office picked.
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

    private void remove(String table, String column, String value, String resource) {
        List<String> ids = jdbc.sql("select id::text from " + table + " where " + column + " = :v").param("v", value)
                .query(String.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("delete from change_log where resource = :r and record_key in (:ids)").param("r", resource)
                    .param("ids", ids).update();
            jdbc.sql("delete from " + table + " where id::text in (:ids)").param("ids", ids).update();
        }
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
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Object offered = null;
        while (System.nanoTime() < deadline && offered == null) {
            offered = browser.script("""
                    var o = Array.from(document.getElementById('known-office-options').options)
                      .find(function (o) { return o.value.indexOf('Browsertest Envoy') >= 0; });
                    return o ? o.value : null;""");
            Thread.sleep(50);
        }
        assertThat(offered).isEqualTo(OFFICE + " · KZ");

        browser.type("office", String.valueOf(offered));
        browser.type("from", "7 May 2024");
        browser.clickButton("Record the term");
        browser.waitForAddress(address -> address.endsWith("/persons/" + person));
        assertThat(jdbc.sql("select office_id || ' ' || held_from from office_term where person_id = :p").param("p", person)
                .query(String.class).list()).containsExactly(office + " 2024-05-07");
    }
}
