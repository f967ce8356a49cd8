package org.chancery.person.web;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.common.web.Confirmation;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /offices/new}, {@code /offices/{id}/edit} and the office's page. */
@ChanceryIntegrationTest
class OfficeFormPagesIntegrationTests extends PersonFormTests {

    private static final String TITLE = "Test Minister of Water of Kazakhstan";

    @Test
    void addsAnOfficeAndShowsItsPage() throws Exception {
        long water = new ShippedRecord(jdbc).institution("Ministry of Water Resources and Irrigation of Kazakhstan");
        MvcResult posted = mvc.perform(form("/offices", "titleEn", TITLE, "titleRu", "Тестовый министр водных ресурсов",
                        "state", "kz", "institution", String.valueOf(water)).with(EDITOR))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("office.done.created", TITLE)))
                .andReturn();
        long id = created.remember("offices", "office", idIn(posted));

        assertThat(landing(posted, EDITOR)).contains("Added the office " + TITLE + ".", "<h1>" + TITLE + "</h1>",
                "href=\"/states/KZ\"", "href=\"/institutions/" + water + "\"", "No one is recorded as holding it.", "Version 0: created",
                "href=\"/offices/" + id + "/edit\"");
    }

    @Test
    void theInstitutionIsATypedFieldListingNoInstitutionAndReadBackByNameOrLabel() throws Exception {
        long water = new ShippedRecord(jdbc).institution("Ministry of Water Resources and Irrigation of Kazakhstan");
        assertThat(mvc.perform(get("/offices/new").with(EDITOR)).andReturn().getResponse().getContentAsString())
                .doesNotContain("Ministry of Water Resources", "Ministry of Foreign Affairs")
                .contains("list=\"institution-options\"", "data-suggest=\"/suggest/institutions\"");
        MvcResult posted = mvc.perform(form("/offices", "titleEn", TITLE, "titleRu", "Тестовый министр", "state", "KZ",
                        "institution", "ministry of water resources and irrigation of kazakhstan").with(EDITOR)).andReturn();
        long id = created.remember("offices", "office", idIn(posted));
        String label = water + " · Ministry of Water Resources and Irrigation of Kazakhstan";
        assertThat(mvc.perform(get("/offices/" + id + "/edit").with(EDITOR)).andReturn().getResponse().getContentAsString())
                .contains("value=\"" + water + " &middot; Ministry of Water Resources and Irrigation of Kazakhstan\"");

        String ambiguous = mvc.perform(form("/offices/" + id, "titleEn", TITLE, "titleRu", "Тестовый министр", "state", "KZ",
                        "institution", "Ministry", "version", "0").with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ambiguous).contains("“Ministry” could be any of: ");
        // The label the edit page shows, saved back with another change, keeps the institution.
        mvc.perform(form("/offices/" + id, "titleEn", TITLE, "titleRu", "Тестовый министр водных ресурсов", "state", "KZ",
                "institution", label, "version", "0").with(EDITOR)).andExpect(redirectedUrl("/offices/" + id));
        assertThat(jdbc.sql("select institution_id || ' ' || version from office where id = ?").param(id).query(String.class).single())
                .isEqualTo(water + " 1");
    }

    @Test
    void showsEachProblemAndSavesNothing() throws Exception {
        long offices = count("office");

        String page = mvc.perform(form("/offices", "titleEn", "<script>alert(1)</script>", "titleRu", "", "state", "Narnia")
                        .with(EDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"#titleRu\">Enter the office’s title in Russian</a>",
                "<a href=\"#state\">No state is called “Narnia”: choose one from the list</a>",
                "value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"").doesNotContain("<script>alert");
        assertThat(mvc.perform(form("/offices", "titleEn", "", "titleRu", "", "state", "").with(EDITOR)
                .header("Accept-Language", "ru")).andReturn().getResponse().getContentAsString())
                .contains("Укажите название должности на английском", "Укажите государство, чья это должность");
        assertThat(count("office")).isEqualTo(offices);
    }

    @Test
    void aStaleEditShowsBothVersionsAndAdminsPutAnEarlierOneBack() throws Exception {
        MvcResult posted = mvc.perform(form("/offices", "titleEn", TITLE, "titleRu", "Тестовый министр", "state", "KZ")
                .with(EDITOR)).andReturn();
        long id = created.remember("offices", "office", idIn(posted));
        assertThat(mvc.perform(get("/offices/" + id + "/edit").with(EDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("value=\"KZ\"", "name=\"version\" value=\"0\"");
        mvc.perform(form("/offices/" + id, "titleEn", "Saved Meanwhile", "titleRu", "Тестовый министр", "state", "Israel",
                "version", "0").with(EDITOR)).andExpect(redirectedUrl("/offices/" + id));

        String page = mvc.perform(form("/offices/" + id, "titleEn", "Typed Late", "titleRu", "Тестовый министр",
                        "state", "KZ", "version", "0").with(EDITOR))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone saved this record while you were editing it", "Typed Late", "Saved Meanwhile",
                "name=\"version\" value=\"1\"");

        mvc.perform(form("/offices/" + id + "/versions/0/restore").with(EDITOR)).andExpect(status().isForbidden());
        MvcResult reverted = mvc.perform(form("/offices/" + id + "/versions/0/restore").with(ADMIN))
                .andExpect(redirectedUrl("/offices/" + id)).andReturn();
        assertThat(landing(reverted, ADMIN)).contains("Version 0 of " + TITLE + " is back in place", "<h1>" + TITLE + "</h1>",
                "href=\"/states/KZ\"", "Version 2: changed");
    }

    @Test
    void theShippedOfficeShowsWhoHeldItToEveryoneAndEditingToEditorsOnly() throws Exception {
        ShippedRecord record = new ShippedRecord(jdbc);
        String office = ShippedRecord.address("offices", record.office("Minister of Foreign Affairs of Israel"));
        String page = mvc.perform(get(office)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Minister of Foreign Affairs of Israel</h1>",
                        "href=\"" + ShippedRecord.address("persons", record.person("Gideon Saar")) + "\"", "dates not recorded")
                .doesNotContain(office + "/edit");
        mvc.perform(get("/offices/" + ShippedRecord.NO_RECORD)).andExpect(status().isNotFound());
    }

    @Test
    void viewersAndPostsWithoutTheirTokenWriteNothing() throws Exception {
        long offices = count("office");
        mvc.perform(get("/offices/new").with(VIEWER)).andExpect(status().isForbidden());
        String office = ShippedRecord.address("offices",
                new ShippedRecord(jdbc).office("Minister of Foreign Affairs of Israel"));
        mvc.perform(get(office + "/edit").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(form("/offices", "titleEn", "Sneaky", "titleRu", "Хитрый", "state", "KZ").with(VIEWER))
                .andExpect(status().isForbidden());
        mvc.perform(post("/offices").with(EDITOR).param("titleEn", "No Token").param("titleRu", "Без токена").param("state", "KZ"))
                .andExpect(status().isForbidden());

        assertThat(count("office")).isEqualTo(offices);
    }
}
