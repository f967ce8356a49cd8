package org.chancery.event.web;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@ChanceryIntegrationTest
class EventPageIntegrationTests {

    // The events of the shipped record these tests read, by their English titles.
    private static final String TOKAYEV_IN_WASHINGTON = "Official visit of President Tokayev to the United States";
    private static final String C5_SUMMIT = "Central Asia – USA summit";
    private static final String WATER_MEMORANDUM = "Memorandum of understanding and cooperation between Kazakhstan's Ministry of Water Resources and Irrigation and Israel's Ministry of Regional Cooperation";
    private static final String NETANYAHU_CALL = "Phone call between Prime Minister Netanyahu and President Tokayev";
    private static final String SAAR_IN_AZERBAIJAN = "Israeli Foreign Minister Gideon Saar visits Azerbaijan";
    private static final String BAKU_FORUM = "Azerbaijani–Israeli business forum in Baku";
    private static final String SAAR_IN_ASTANA = "Israeli Foreign Minister Gideon Saar visits Astana";
    private static final String VISA_MEMORANDUM = "Kazakhstan and Israel sign a memorandum of intent to abolish the visa regime";
    private static final String ASTANA_FORUM = "Kazakh–Israeli business forum in Astana";
    private static final String ABRAHAM_ACCORDS_STATEMENT = "Gideon Saar: Kazakhstan is the first Central Asian state to join the Abraham Accords";
    private static final String HOLOCAUST_TELEGRAM = "President Tokayev's telegram to his Israeli counterpart Isaac Herzog on the Holocaust remembrance day";
    private static final String VISITS_EXPECTED = "Official visits from Kazakhstan to Israel expected in 2026";
    private static final String COMMITTEE_EXPECTED = "Joint Economic Committee meeting in Israel (expected)";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void showsEverythingRecordedWithEachSourcesQuotedPassage() throws Exception {
        String page = html(event(SAAR_IN_ASTANA), "en");

        assertThat(page).contains("<h1>Israeli Foreign Minister Gideon Saar visits Astana</h1>", "27 January 2026", "Astana")
                .contains("Gideon Saar", "Minister of Foreign Affairs of Israel", "(guest)", "Kassym-Jomart Tokayev", "(host)")
                .contains("Виктория Панфилова", "Израиль расширяет влияние в Каспийском регионе")
                .contains("<blockquote lang=\"ru\">Визит главы МИД Израиля Гидеона Саара в Астану 27 января")
                .contains("href=\"https://centrasia.org/newsA.php?st=1769600100\"", "Cybersecurity");
    }

    @Test
    void showsTheFieldsOfItsKindAndItsAgreement() throws Exception {
        assertThat(html(event(NETANYAHU_CALL), "en")).contains("Call initiated by", "href=\"/states/IL\"", "1 November 2025 – 11 January 2026",
                "href=\"" + ShippedRecord.address("agreements", new ShippedRecord(jdbc).agreement("Abraham Accords")) + "\"");
        assertThat(html(event(WATER_MEMORANDUM), "en")).contains("Subject of the memorandum", "Ministry of Water Resources and Irrigation of Kazakhstan",
                "(signatory)", "November 2025").doesNotContain("1 November 2025");
    }

    @Test
    void eachEventOfAVisitLeadsToTheOthers() throws Exception {
        // the Astana visit of 27 January 2026: the memorandum, the forum and the press statement
        String visit = html(event(SAAR_IN_ASTANA), "en");
        assertThat(visit).contains("During the same visit", link(VISA_MEMORANDUM), link(ASTANA_FORUM), link(ABRAHAM_ACCORDS_STATEMENT))
                .doesNotContain(link(HOLOCAUST_TELEGRAM)).doesNotContain(link(SAAR_IN_AZERBAIJAN));
        assertThat(html(event(VISA_MEMORANDUM), "ru")).contains("Во время того же визита", link(SAAR_IN_ASTANA), link(ASTANA_FORUM),
                link(ABRAHAM_ACCORDS_STATEMENT));
        // Baku the day before, Washington in November: each its own visit
        assertThat(html(event(BAKU_FORUM), "en")).contains(link(SAAR_IN_AZERBAIJAN)).doesNotContain(link(SAAR_IN_ASTANA));
        assertThat(html(event(C5_SUMMIT), "en")).contains(link(TOKAYEV_IN_WASHINGTON));
        // a visit "expected in 2026" is no occasion: the committee planned in Israel is not part of it
        assertThat(html(event(COMMITTEE_EXPECTED), "en")).doesNotContain("During the same visit");
        assertThat(html(event(VISITS_EXPECTED), "en")).doesNotContain("During the same visit");
        // the telegram has no place: it belongs to no visit
        assertThat(html(event(HOLOCAUST_TELEGRAM), "en")).doesNotContain("During the same visit");
    }

    @Test
    void speaksRussian() throws Exception {
        assertThat(html(event(SAAR_IN_ASTANA), "ru")).contains("<h1>Визит министра иностранных дел Израиля Гидеона Саара в Астану</h1>",
                "Источники и что в них сказано", "27 января 2026");
    }

    @Test
    @Transactional
    void showsTheTitleInTheOtherLanguageWhereTheReadersIsMissing() throws Exception {
        long statement = jdbc.sql("""
                insert into event (kind, status, title_ru, date_earliest, date_latest, date_precision, date_approximate)
                values ('STATEMENT', 'HAPPENED', 'Заявление только по-русски', date '2026-03-01', date '2026-03-31',
                        'MONTH', false) returning id""").query(Long.class).single();

        assertThat(html("/events/" + statement, "en")).contains("<h1>Заявление только по-русски</h1>", "March 2026");
    }

    @Test
    void answersUnknownIdsWithNotFound() throws Exception {
        mvc.perform(get("/events/" + ShippedRecord.NO_RECORD)).andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("The record holds no event number " + ShippedRecord.NO_RECORD + ".")));
        mvc.perform(get("/events/x")).andExpect(status().isNotFound());
    }

    private String event(String titleEn) {
        return ShippedRecord.address("events", new ShippedRecord(jdbc).event(titleEn));
    }

    private String link(String titleEn) {
        return "href=\"" + event(titleEn) + "\"";
    }

    private String html(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
