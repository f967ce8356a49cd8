package org.chancery.person.web;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.common.web.Confirmation;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.chancery.ContainerSessions.inContainerSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /persons/new}, {@code /persons/{id}/edit}, deleting and restoring a person, as staff use them. */
@ChanceryIntegrationTest
class PersonFormPagesIntegrationTests extends PersonFormTests {

    @Test
    void addsAPersonAndShowsTheirPageWithTheConfirmation() throws Exception {
        MvcResult posted = mvc.perform(form("/persons", "nameEn", "Test Envoy", "nameRu", "Тестовый посланник").with(EDITOR))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("person.done.created", "Test Envoy")))
                .andReturn();
        long id = created.remember("persons", "person", idIn(posted));

        assertThat(landing(posted, EDITOR)).contains("Added Test Envoy.", "<h1>Test Envoy</h1>", "Тестовый посланник",
                "Version 0: created", "href=\"/persons/" + id + "/edit\"", "href=\"/persons/" + id + "/terms/new\"");
    }

    @Test
    void showsEachProblemNextToItsFieldAndInTheSummaryAndSavesNothing() throws Exception {
        long persons = count("person");

        String page = mvc.perform(form("/persons", "nameEn", " ", "nameRu", "Только по-русски").with(EDITOR))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is a problem", "<a href=\"#nameEn\">Enter the person’s name in English</a>",
                "class=\"field-error\" id=\"nameEn-error\"", "value=\"Только по-русски\"");
        assertThat(count("person")).isEqualTo(persons);
    }

    @Test
    void speaksRussianWhenThePersonIsRefused() throws Exception {
        String page = mvc.perform(form("/persons", "nameEn", "", "nameRu", "").with(EDITOR).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Укажите имя персоны на английском", "Укажите имя персоны на русском");
    }

    @Test
    void showsWhatWasTypedEscaped() throws Exception {
        String page = mvc.perform(form("/persons", "nameEn", "<script>alert('x')</script>", "nameRu", "").with(EDITOR))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"").doesNotContain("<script>alert");
    }

    @Test
    void savesAnEditAgainstTheVersionItWasMadeOn() throws Exception {
        long id = personMadeByForm();
        assertThat(mvc.perform(get("/persons/" + id + "/edit").with(EDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("name=\"version\" value=\"0\"", "value=\"Test Envoy\"");

        MvcResult saved = mvc.perform(form("/persons/" + id, "nameEn", "Test Ambassador", "nameRu", "Тестовый посол",
                        "version", "0").with(EDITOR))
                .andExpect(redirectedUrl("/persons/" + id))
                .andReturn();

        assertThat(landing(saved, EDITOR)).contains("Saved Test Ambassador.", "<h1>Test Ambassador</h1>", "Version 1: changed",
                "Test Envoy");
    }

    @Test
    void aStaleEditShowsBothVersionsAndOverwritesNothing() throws Exception {
        long id = personMadeByForm();
        mvc.perform(form("/persons/" + id, "nameEn", "Saved Meanwhile", "nameRu", "Тестовый посланник", "version", "0")
                .with(EDITOR)).andExpect(status().isFound());

        String page = mvc.perform(form("/persons/" + id, "nameEn", "Typed Late", "nameRu", "Тестовый посланник",
                        "version", "0").with(EDITOR))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Someone saved this record while you were editing it", "Typed Late", "Saved Meanwhile",
                "name=\"version\" value=\"1\"");
        assertThat(nameOf(id)).isEqualTo("Saved Meanwhile");
    }

    @Test
    void deletesWithAReasonThenThePageSaysWhenAndWhyAndAdminsRestore() throws Exception {
        long id = personMadeByForm();
        assertThat(mvc.perform(get("/persons/" + id + "/delete").with(EDITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Delete the person “Test Envoy”");
        assertThat(mvc.perform(form("/persons/" + id + "/delete", "version", "0", "reason", "").with(EDITOR))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
                .contains("Say why the record is deleted");

        MvcResult deleted = mvc.perform(form("/persons/" + id + "/delete", "version", "0", "reason", "Duplicate of <b>5</b>")
                        .with(EDITOR))
                .andExpect(redirectedUrl("/persons/" + id))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("deletion.done", "the person “Test Envoy”")))
                .andReturn();

        String gone = mvc.perform(get("/persons/" + id).with(ADMIN).with(inContainerSession()).flashAttrs(deleted.getFlashMap()))
                .andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
        assertThat(gone).contains("Deleted the person “Test Envoy”.", "This record was deleted",
                "Reason: Duplicate of &lt;b&gt;5&lt;/b&gt;",
                "action=\"/persons/" + id + "/restore\"", "Version 1: deleted");
        // The test clock runs on from 10:00 in real time, so on a busy machine the minute moves.
        assertThat(gone).containsPattern("Deleted on 21 November 2026, 10:\\d\\d UTC\\.");
        assertThat(mvc.perform(get("/persons/" + id).with(EDITOR)).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString()).doesNotContain("/restore\"");
        assertThat(mvc.perform(get("/persons/" + id + "/edit").with(EDITOR)).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString()).contains("This record was deleted", "Reason: Duplicate of");

        mvc.perform(form("/persons/" + id + "/restore").with(EDITOR)).andExpect(status().isForbidden());
        MvcResult restored = mvc.perform(form("/persons/" + id + "/restore").with(ADMIN))
                .andExpect(redirectedUrl("/persons/" + id)).andReturn();
        assertThat(landing(restored, ADMIN)).contains("Restored the person “Test Envoy”.", "<h1>Test Envoy</h1>",
                "Version 2: restored");
    }

    @Test
    void aDeletionAfterSomeoneChangedThePersonIsShownAgain() throws Exception {
        long id = personMadeByForm();
        mvc.perform(form("/persons/" + id, "nameEn", "Test Ambassador", "nameRu", "Тестовый посол", "version", "0")
                .with(EDITOR)).andExpect(status().isFound());

        String page = mvc.perform(form("/persons/" + id + "/delete", "version", "0", "reason", "duplicate").with(EDITOR))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Someone changed the record since you opened this page", "name=\"version\" value=\"1\"",
                "duplicate");
        assertThat(jdbc.sql("select deleted_at is null from person where id = ?").param(id).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void aPersonWhoHoldsAnOfficeIsNotDeleted() throws Exception {
        long version = jdbc.sql("select version from person where id = ?").param(saarId()).query(Long.class).single();

        String page = mvc.perform(form(saar() + "/delete", "version", String.valueOf(version), "reason", "test").with(EDITOR))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("This person still appears in events or holds office terms");
        assertThat(jdbc.sql("select deleted_at is null from person where id = ?").param(saarId()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void adminsPutAnEarlierVersionBack() throws Exception {
        long id = personMadeByForm();
        mvc.perform(form("/persons/" + id, "nameEn", "Test Ambassador", "nameRu", "Тестовый посол", "version", "0")
                .with(EDITOR)).andExpect(status().isFound());
        assertThat(mvc.perform(get("/persons/" + id).with(ADMIN)).andReturn().getResponse().getContentAsString())
                .contains("action=\"/persons/" + id + "/versions/0/restore\"");

        mvc.perform(form("/persons/" + id + "/versions/0/restore").with(EDITOR)).andExpect(status().isForbidden());
        MvcResult reverted = mvc.perform(form("/persons/" + id + "/versions/0/restore").with(ADMIN))
                .andExpect(redirectedUrl("/persons/" + id)).andReturn();

        assertThat(landing(reverted, ADMIN)).contains("Version 0 of the person “Test Envoy” is back in place",
                "<h1>Test Envoy</h1>", "Version 2: changed");
    }

    @Test
    void viewersGetNoFormAndNoEditingLinks() throws Exception {
        long persons = count("person");
        for (String path : new String[] {"/persons/new", saar() + "/edit", saar() + "/delete", saar() + "/terms/new"}) {
            mvc.perform(get(path).with(VIEWER)).andExpect(status().isForbidden());
        }
        mvc.perform(form("/persons", "nameEn", "Sneaky", "nameRu", "Хитрый").with(VIEWER)).andExpect(status().isForbidden());

        assertThat(mvc.perform(get(saar()).with(VIEWER)).andReturn().getResponse().getContentAsString())
                .doesNotContain(saar() + "/edit", saar() + "/delete", saar() + "/terms/new", "/restore");
        assertThat(count("person")).isEqualTo(persons);
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefused() throws Exception {
        long persons = count("person");

        mvc.perform(post("/persons").with(EDITOR).param("nameEn", "No Token").param("nameRu", "Без токена"))
                .andExpect(status().isForbidden());

        assertThat(count("person")).isEqualTo(persons);
    }

    private long personMadeByForm() throws Exception {
        MvcResult posted = mvc.perform(form("/persons", "nameEn", "Test Envoy", "nameRu", "Тестовый посланник").with(EDITOR))
                .andExpect(status().isFound()).andReturn();
        return created.remember("persons", "person", idIn(posted));
    }

    private String nameOf(long id) {
        return jdbc.sql("select name_en from person where id = ?").param(id).query(String.class).single();
    }

    /** Gideon Saar of the shipped record, who holds an office. */
    private long saarId() {
        return new ShippedRecord(jdbc).person("Gideon Saar");
    }

    private String saar() {
        return ShippedRecord.address("persons", saarId());
    }
}
