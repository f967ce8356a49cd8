package org.chancery.relations.web;

import org.chancery.ChanceryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@ChanceryIntegrationTest
class StatePagesIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void aStateRanksItsCounterpartsByActivityAndShowsItsAgreements() throws Exception {
        String page = html("/states/KZ", "en");

        assertThat(page).contains("<h1>Kazakhstan</h1>", "KAZ", "Counterparts, most active first", "Abraham Accords")
                .contains("href=\"/relations/KZ/IL\"", "href=\"/relations/KZ/US\"")
                .contains("Open commitment: announced in November 2025")
                .contains("Ministry of Foreign Affairs of Kazakhstan");
        assertThat(page.indexOf("href=\"/relations/KZ/IL\"")).isLessThan(page.indexOf("href=\"/relations/KZ/US\""));
    }

    @Test
    void listsTheStatesOfTheRecordMostActiveFirst() throws Exception {
        String page = html("/states", "en");

        assertThat(page).contains("href=\"/states/KZ\"", "href=\"/states/IL\"", "href=\"/states/AZ\"");
        assertThat(page.indexOf("href=\"/states/KZ\"")).isLessThan(page.indexOf("href=\"/states/AZ\""));
    }

    @Test
    void speaksRussian() throws Exception {
        assertThat(html("/states/IL", "ru")).contains("<h1>Израиль</h1>", "Партнёры, от самых активных", "Соглашения Авраама", "<dd>Азия</dd>")
                .doesNotContain("<dd>Asia</dd>");
    }

    @Test
    void answersUnknownCodesWithNotFound() throws Exception {
        mvc.perform(get("/states/XX")).andExpect(status().isNotFound()).andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("No state has the code “XX”.")));
        mvc.perform(get("/states/XX").header("Accept-Language", "ru"))
                .andExpect(content().string(containsString("Нет государства с кодом «XX».")));
        mvc.perform(get("/relations/KZ/QQ")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No state has the code “QQ”.")));
        mvc.perform(get("/states/Kazakhstan")).andExpect(status().isNotFound());
        mvc.perform(get("/states/kz")).andExpect(redirectedUrl("/states/KZ"));
    }

    private String html(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
