package org.chancery.person.web;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.SlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SlowTest
@ChanceryIntegrationTest
class PersonPageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void showsTheOfficesHeldAndTheEventsAttended() throws Exception {
        String page = html(person("Gideon Saar"), "en");

        assertThat(page).contains("<h1>Gideon Saar</h1>", "Minister of Foreign Affairs of Israel", "dates not recorded")
                .contains("href=\"" + ShippedRecord.address("institutions", record().institution("Ministry of Foreign Affairs of Israel")) + "\"", "Israeli Foreign Minister Gideon Saar visits Astana",
                        "Israeli Foreign Minister Gideon Saar visits Azerbaijan");
    }

    @Test
    void speaksRussian() throws Exception {
        assertThat(html(person("Gideon Saar"), "ru")).contains("<h1>Гидеон Саар</h1>", "Министр иностранных дел Израиля", "Должности");
    }

    @Test
    void answersUnknownIdsWithNotFound() throws Exception {
        mvc.perform(get("/persons/" + ShippedRecord.NO_RECORD)).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }

    private String person(String nameEn) {
        return ShippedRecord.address("persons", record().person(nameEn));
    }

    private ShippedRecord record() {
        return new ShippedRecord(jdbc);
    }

    private String html(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
