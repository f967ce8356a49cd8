package org.chancery.event.web;

import org.chancery.ChanceryIntegrationTest;
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

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void showsEverythingRecordedWithEachSourcesQuotedPassage() throws Exception {
        String page = html("/events/12", "en");

        assertThat(page).contains("<h1>Israeli Foreign Minister Gideon Saar visits Astana</h1>", "27 January 2026", "Astana")
                .contains("Gideon Saar", "Minister of Foreign Affairs of Israel", "(guest)", "Kassym-Jomart Tokayev", "(host)")
                .contains("Виктория Панфилова", "Израиль расширяет влияние в Каспийском регионе")
                .contains("<blockquote lang=\"ru\">Визит главы МИД Израиля Гидеона Саара в Астану 27 января")
                .contains("href=\"https://centrasia.org/newsA.php?st=1769600100\"", "Cybersecurity");
    }

    @Test
    void showsTheFieldsOfItsKindAndItsAgreement() throws Exception {
        assertThat(html("/events/9", "en")).contains("Call initiated by", "href=\"/states/IL\"", "1 November 2025 – 11 January 2026",
                "href=\"/agreements/1\"");
        assertThat(html("/events/8", "en")).contains("Subject of the memorandum", "Ministry of Water Resources and Irrigation of Kazakhstan",
                "(signatory)", "November 2025").doesNotContain("1 November 2025");
    }

    @Test
    void eachEventOfAVisitLeadsToTheOthers() throws Exception {
        // the Astana visit of 27 January 2026: the memorandum, the forum and the press statement
        String visit = html("/events/12", "en");
        assertThat(visit).contains("During the same visit", "href=\"/events/13\"", "href=\"/events/14\"", "href=\"/events/15\"")
                .doesNotContain("href=\"/events/16\"").doesNotContain("href=\"/events/10\"");
        assertThat(html("/events/13", "ru")).contains("Во время того же визита", "href=\"/events/12\"", "href=\"/events/14\"",
                "href=\"/events/15\"");
        // Baku the day before, Washington in November: each its own visit
        assertThat(html("/events/11", "en")).contains("href=\"/events/10\"").doesNotContain("href=\"/events/12\"");
        assertThat(html("/events/5", "en")).contains("href=\"/events/4\"");
        // a visit "expected in 2026" is no occasion: the committee planned in Israel is not part of it
        assertThat(html("/events/21", "en")).doesNotContain("During the same visit");
        assertThat(html("/events/19", "en")).doesNotContain("During the same visit");
        // the telegram has no place: it belongs to no visit
        assertThat(html("/events/16", "en")).doesNotContain("During the same visit");
    }

    @Test
    void speaksRussian() throws Exception {
        assertThat(html("/events/12", "ru")).contains("<h1>Визит министра иностранных дел Израиля Гидеона Саара в Астану</h1>",
                "Источники и что в них сказано", "27 января 2026");
    }

    @Test
    @Transactional
    void showsTheTitleInTheOtherLanguageWhereTheReadersIsMissing() throws Exception {
        jdbc.sql("""
                insert into event (id, kind, status, title_ru, date_earliest, date_latest, date_precision, date_approximate)
                values (9002, 'STATEMENT', 'HAPPENED', 'Заявление только по-русски', date '2026-03-01', date '2026-03-31',
                        'MONTH', false)""").update();

        assertThat(html("/events/9002", "en")).contains("<h1>Заявление только по-русски</h1>", "March 2026");
    }

    @Test
    void answersUnknownIdsWithNotFound() throws Exception {
        mvc.perform(get("/events/999")).andExpect(status().isNotFound()).andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("The record holds no event number 999.")));
        mvc.perform(get("/events/x")).andExpect(status().isNotFound());
    }

    private String html(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
