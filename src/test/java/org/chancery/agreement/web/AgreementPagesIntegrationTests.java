package org.chancery.agreement.web;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@ChanceryIntegrationTest
class AgreementPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void listsEveryAgreementWithItsOpenCommitments() throws Exception {
        String page = html("/agreements", "en");

        assertThat(page).contains("href=\"" + abrahamAccords() + "\"", "Abraham Accords", "2020 – 2021");
    }

    @Test
    void showsEachParticipantAtItsOwnStageWithTheSourceOfEveryStep() throws Exception {
        String page = html(abrahamAccords(), "en");

        assertThat(page).contains("United Arab Emirates", "Bahrain", "Morocco", "Sudan", "Kazakhstan", "United States")
                .contains("id=\"participant-KZ\"", "id=\"participant-SD\"", "(facilitator)")
                .contains("Open commitment: announced in November 2025, not signed for 11 months (356 days)")
                .doesNotContain("Open commitment: announced about 2020 – 2021", "announced in about")
                .contains("Lada.kz", "Trend", "официальная церемония подписания")
                .contains("Phone call between Prime Minister Netanyahu and President Tokayev");
        // no article dates Sudan's start of normalisation, so no step is shown for it
        String sudan = page.substring(page.indexOf("id=\"participant-SD\""));
        assertThat(sudan.substring(0, sudan.indexOf("</tr>"))).contains("no step recorded");
        String kazakhstan = page.substring(page.indexOf("id=\"participant-KZ\""));
        assertThat(kazakhstan.substring(0, kazakhstan.indexOf("</tr>"))).contains("announced").doesNotContain("<strong>signed</strong>");
    }

    @Test
    void speaksRussian() throws Exception {
        assertThat(html(abrahamAccords(), "ru")).contains("<h1>Соглашения Авраама</h1>", "Участники и их шаги", "объявлено");
    }

    @Test
    void answersUnknownIdsWithNotFound() throws Exception {
        mvc.perform(get("/agreements/" + ShippedRecord.NO_RECORD)).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
        mvc.perform(get("/agreements/abc")).andExpect(status().isNotFound());
    }

    private String abrahamAccords() {
        return ShippedRecord.address("agreements", new ShippedRecord(jdbc).agreement("Abraham Accords"));
    }

    private String html(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
