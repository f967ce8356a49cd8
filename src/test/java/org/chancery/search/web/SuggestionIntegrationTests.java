package org.chancery.search.web;

import java.util.List;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChanceryIntegrationTest
class SuggestionIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void suggestsAPersonByTheirEnglishNameWithTheirOfficeAndState() throws Exception {
        long tokayev = record().person("Kassym-Jomart Tokayev");
        suggest("persons", "tokay", "en")
                .andExpect(jsonPath("$[0].id").value(tokayev))
                .andExpect(jsonPath("$[0].label").value(tokayev + " · Kassym-Jomart Tokayev"))
                .andExpect(jsonPath("$[0].office").value("President of Kazakhstan"))
                .andExpect(jsonPath("$[0].stateCode").value("KZ"))
                .andExpect(jsonPath("$[0].state").value("Kazakhstan"));
    }

    @Test
    void suggestsAPersonByTheirRussianNameInTheRussianForm() throws Exception {
        long tokayev = record().person("Kassym-Jomart Tokayev");
        // a later word of the name, in the other script than the page's
        suggest("persons", "жомарт", "en").andExpect(jsonPath("$[0].id").value(tokayev));
        suggest("persons", "Токаев", "ru").andExpect(jsonPath("$[0].label").value(tokayev + " · Касым-Жомарт Токаев"))
                .andExpect(jsonPath("$[0].office").value("Президент Казахстана"));
    }

    @Test
    void suggestsAPersonByATransliterationOfEitherName() throws Exception {
        long tokayev = record().person("Kassym-Jomart Tokayev");
        // Latin letters for the Russian name, Cyrillic for the English spelling
        suggest("persons", "Tokaev", "en").andExpect(jsonPath("$[0].id").value(tokayev));
        suggest("persons", "Токайев", "en").andExpect(jsonPath("$[0].id").value(tokayev));
        suggest("persons", "Saar", "ru").andExpect(jsonPath("$[0].label").value(record().person("Gideon Saar") + " · Гидеон Саар"));
    }

    @Test
    void suggestsInstitutionsByAnyWordStartInEitherLanguage() throws Exception {
        long water = record().institution("Ministry of Water Resources and Irrigation of Kazakhstan");
        suggest("institutions", "Ministry of Water", "en")
                .andExpect(jsonPath("$[0].id").value(water))
                .andExpect(jsonPath("$[0].state").value("Kazakhstan"));
        suggest("institutions", "водных", "ru")
                .andExpect(jsonPath("$[0].label").value(water + " · Министерство водных ресурсов и ирригации Казахстана"));
        suggest("institutions", "ministry", "en")
                .andExpect(jsonPath("$", hasSize(lessThanOrEqualTo(SuggestionController.LIMIT))))
                .andExpect(jsonPath("$[*].nameEn", everyItem(org.hamcrest.Matchers.containsString("Ministry"))));
    }

    @Test
    void suggestsTheHolderOfAnOfficeByItsTitleItsInitialsOrItsStatesCode() throws Exception {
        long saar = record().person("Gideon Saar");
        long kosherbayev = record().person("Yermek Kosherbayev");
        suggest("persons", "Foreign Minister", "en")
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.containsInAnyOrder((int) saar, (int) kosherbayev)));
        suggest("persons", "foreign minister IL", "en").andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(saar))
                .andExpect(jsonPath("$[0].office").value("Minister of Foreign Affairs of Israel"));
        suggest("persons", "министр иностранных дел Казахстана", "ru").andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(kosherbayev));
        suggest("persons", "МИД KZ", "ru").andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(kosherbayev));
    }

    @Test
    void suggestsAnInstitutionByItsInitialsOrItsStatesCode() throws Exception {
        long israel = record().institution("Ministry of Foreign Affairs of Israel");
        long kazakhstan = record().institution("Ministry of Foreign Affairs of Kazakhstan");
        suggest("institutions", "МИД", "ru")
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.containsInAnyOrder((int) israel, (int) kazakhstan)));
        suggest("institutions", "МИД Израиля", "ru").andExpect(jsonPath("$[0].id").value(israel));
        suggest("institutions", "MFA KZ", "en").andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].id").value(kazakhstan));
    }

    @Test
    void suggestsAnOfficeWithItsTitlesStateAndInstitutionForANewPersonsOfficeFields() throws Exception {
        long ministry = record().institution("Ministry of Foreign Affairs of Israel");
        suggest("offices", "foreign minister IL", "en").andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].label").value("Minister of Foreign Affairs of Israel · IL"))
                .andExpect(jsonPath("$[0].titleEn").value("Minister of Foreign Affairs of Israel"))
                .andExpect(jsonPath("$[0].titleRu").value("Министр иностранных дел Израиля"))
                .andExpect(jsonPath("$[0].stateCode").value("IL"))
                .andExpect(jsonPath("$[0].institution").value(ministry + " · Ministry of Foreign Affairs of Israel"));
        suggest("offices", "премьер", "ru").andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].label").value("Премьер-министр Израиля · IL"))
                .andExpect(jsonPath("$[0].institution").value(org.hamcrest.Matchers.nullValue()));
        suggest("offices", "", "en").andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void ofTwoNamesakesOnlyTheOneInTheRecordIsSuggested() throws Exception {
        List<Long> namesakes = jdbc.sql("""
                        insert into person (name_en, name_ru, deleted_at, deleted_by, deletion_reason)
                        values ('Suggesttest Namesake', 'Подсказка Тёзка', null, null, null),
                               ('Suggesttest Namesake', 'Подсказка Тёзка', now(), 'test', 'entered twice')
                        returning id""").query(Long.class).list();
        try {
            suggest("persons", "Suggesttest", "en").andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].id").value(namesakes.getFirst()));
        } finally {
            jdbc.sql("delete from person where id in (:ids)").param("ids", namesakes).update();
        }
    }

    @Test
    void suggestsNothingForNothingOrForWildcards() throws Exception {
        suggest("persons", "", "en").andExpect(jsonPath("$", hasSize(0)));
        suggest("persons", "%_", "en").andExpect(jsonPath("$", hasSize(0)));
        suggest("institutions", "Atlantis", "en").andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void suggestsSourcesByWordsOfTheirTitleOutletOrAddressOrByNumber() throws Exception {
        long article = jdbc.sql("select id from source where url = 'https://centrasia.org/newsA.php?st=1769600100'")
                .query(Long.class).single();
        suggest("sources", "каспийском Влияние", "en").andExpect(jsonPath("$[0].id").value(article))
                .andExpect(jsonPath("$[0].label").value(org.hamcrest.Matchers.startsWith(article + " · Независимая газета")));
        suggest("sources", "centrasia", "en").andExpect(jsonPath("$[0].id").value(article));
        suggest("sources", article + " · ", "en").andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].id").value(article));
        suggest("sources", "каспийском nothing-of-the-kind", "en").andExpect(jsonPath("$", hasSize(0)));
    }

    private ResultActions suggest(String kind, String typed, String language) throws Exception {
        return mvc.perform(get("/suggest/" + kind).param("q", typed).header("Accept-Language", language))
                .andExpect(status().isOk());
    }

    private ShippedRecord record() {
        return new ShippedRecord(jdbc);
    }
}
