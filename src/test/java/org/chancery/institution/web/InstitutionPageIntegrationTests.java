package org.chancery.institution.web;

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
class InstitutionPageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void showsWhatItIsItsOfficesAndItsEvents() throws Exception {
        String page = html(institution("Knesset"), "en");

        assertThat(page).contains("<h1>Knesset</h1>", "Parliament", "href=\"/states/IL\"", "Speaker of the Knesset",
                "Amir Ohana", "President Tokayev meets Knesset Speaker Amir Ohana");
    }

    @Test
    void saysSoWhereTheSourcesGiveNoState() throws Exception {
        assertThat(html(institution("SCAT Airlines"), "en")).contains("SCAT Airlines", "not given by the sources",
                "SCAT Airlines to start direct flights from Shymkent to Israel");
    }

    @Test
    void speaksRussian() throws Exception {
        assertThat(html(institution("Knesset"), "ru")).contains("<h1>Кнессет</h1>", "Парламент");
    }

    @Test
    void answersUnknownIdsWithNotFound() throws Exception {
        mvc.perform(get("/institutions/" + ShippedRecord.NO_RECORD)).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }

    private String institution(String nameEn) {
        return ShippedRecord.address("institutions", record().institution(nameEn));
    }

    private ShippedRecord record() {
        return new ShippedRecord(jdbc);
    }

    private String html(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
