package org.chancery.search.web;

import java.time.LocalDate;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChanceryIntegrationTest
class SearchPageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void findsPeopleStatesAndEventsInEitherLanguage() throws Exception {
        assertThat(search("Saar", "en")).contains(link("persons", record().person("Gideon Saar")), "Israeli Foreign Minister Gideon Saar visits Astana");
        assertThat(search("Израиль", "ru")).contains("href=\"/states/IL\"");
        assertThat(search("KZ", "en")).contains("href=\"/states/KZ\"");
        assertThat(search("визовый режим", "en")).contains("Kazakhstan and Israel sign a memorandum of intent to abolish the visa regime");
        assertThat(search("Knesset", "en")).contains(link("institutions", record().institution("Knesset")));
        assertThat(search("Abraham", "en")).contains(link("agreements", record().agreement("Abraham Accords")));
        assertThat(search("Trend", "en")).contains(link("sources", record().source("Trend", LocalDate.of(2026, 2, 17))));
        assertThat(search("Каспийском", "ru")).contains(link("sources", record().source("Независимая газета (CentrAsia)", LocalDate.of(2026, 1, 27))));
        assertThat(search("Каспийский регион", "ru")).contains(link("sources", record().source("Независимая газета (CentrAsia)", LocalDate.of(2026, 1, 27))));
    }

    @Test
    void findsRussianWordsInAnyGrammaticalForm() throws Exception {
        // "Астана" stems to аста, "Астану" to астан: found as the start of a stem
        assertThat(search("Астана", "ru")).contains("Визит министра иностранных дел Израиля Гидеона Саара в Астану",
                "Казахско-израильский бизнес-форум в Астане");
        assertThat(search("визы", "ru")).contains("Казахстан и Израиль подписали меморандум о намерениях отменить визовый режим");
        assertThat(search("водные", "ru")).contains(link("institutions", record().institution("Ministry of Water Resources and Irrigation of Kazakhstan")),
                "Меморандум о взаимопонимании и сотрудничестве между министерством водных ресурсов");
        assertThat(search("Токаеву", "ru")).contains(link("persons", record().person("Kassym-Jomart Tokayev")));
        assertThat(search("Ministry of Water", "en")).contains(link("institutions", record().institution("Ministry of Water Resources and Irrigation of Kazakhstan")));
        // each event says where it matched, the matched word marked
        assertThat(search("Астана", "ru")).contains("<mark>Астану</mark>", "Совпадение:");
        assertThat(search("water", "en")).contains("<mark>water</mark>");
        // every word must match
        assertThat(search("Астана Вашингтон", "ru")).contains("По запросу «Астана Вашингтон» в летописи ничего нет.");
    }

    @Test
    void showsWhereAnEventMatchedInTheReadersLanguageAndInTheOtherOnlyWhereItsOwnHasNoMatch() throws Exception {
        // English words on an English page: the English passage, as it is
        assertThat(search("water", "en")).contains("<mark>water</mark>").doesNotContain("<span lang=\"ru\">");
        // the same words on a Russian page: the Russian text has no "water", so the English passage, marked as English
        assertThat(search("water", "ru")).contains("<span lang=\"en\">", "<mark>water</mark>");
        // Russian words on an English page: the Russian passage, marked as Russian
        assertThat(search("Астана", "en")).contains("<span lang=\"ru\">", "<mark>Астану</mark>");
        // Russian words on a Russian page: the Russian passage, as it is
        assertThat(search("Астана", "ru")).contains("<mark>Астану</mark>").doesNotContain("<span lang=\"en\">");
    }

    @Test
    void aDeletedPersonIsNotFound() throws Exception {
        long id = jdbc.sql("""
                        insert into person (name_en, name_ru, deleted_at, deleted_by, deletion_reason)
                        values ('Searchtest Deletedperson', 'Поиск Удалённый', now(), 'test', 'entered twice') returning id""")
                .query(Long.class).single();
        try {
            assertThat(search("Searchtest", "en")).contains("Nothing in the record matches");
        } finally {
            jdbc.sql("delete from person where id = ?").param(id).update();
        }
    }

    @Test
    void saysSoWhenNothingMatchesAndTreatsWildcardsAsText() throws Exception {
        assertThat(search("Atlantis", "en")).contains("Nothing in the record matches “Atlantis”.");
        assertThat(search("%_", "en")).contains("Nothing in the record matches");
    }

    @Test
    void asksForMoreThanOneCharacter() throws Exception {
        assertThat(search("a", "en")).contains("Type at least two characters.");
    }

    private String search(String query, String language) throws Exception {
        return mvc.perform(get("/search").param("q", query).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private ShippedRecord record() {
        return new ShippedRecord(jdbc);
    }

    private static String link(String kind, long id) {
        return "href=\"" + ShippedRecord.address(kind, id) + "\"";
    }
}
