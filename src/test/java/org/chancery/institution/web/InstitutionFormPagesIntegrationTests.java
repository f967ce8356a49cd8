package org.chancery.institution.web;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.PageWriteTests;
import org.chancery.common.web.Confirmation;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The institution's form, deleting and restoring one, and its history on its page. */
@ChanceryIntegrationTest
class InstitutionFormPagesIntegrationTests extends PageWriteTests {

    private static final RequestPostProcessor VIEWER = user("viewer-institutions").roles("VIEWER");
    private static final RequestPostProcessor EDITOR = user("editor-institutions").roles("EDITOR");
    private static final RequestPostProcessor ADMIN = user("admin-institutions").roles("ADMIN");
    /** The Knesset: events name it and offices belong to it. */
    private static final long KNESSET = 3;

    @Test
    void theFormOffersTheStatesByTypeAheadAndTheStatePageLinksToIt() throws Exception {
        String form = page(get("/institutions/new").param("state", "KZ").with(EDITOR));

        assertThat(form).contains("list=\"state-options\"", "<datalist id=\"state-options\">", "Kazakhstan · KZ",
                "name=\"state\" value=\"KZ\"", "<option value=\"MINISTRY\">Ministry</option>");
        assertThat(page(get("/states/KZ").with(EDITOR))).contains("href=\"/institutions/new?state=KZ\"");
        assertThat(page(get("/states/KZ").with(VIEWER))).doesNotContain("/institutions/new");
    }

    @Test
    void addsAnInstitutionWhoseStateWasTypedByNameAndShowsItWithAConfirmation() throws Exception {
        MvcResult added = mvc.perform(post("/institutions").with(EDITOR).with(csrf()).param("nameEn", "Test Water Agency")
                        .param("nameRu", "Тестовое агентство водных ресурсов").param("kind", "AGENCY").param("state", "Казахстан"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/institutions/*"))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("institution.done.created", "Test Water Agency")))
                .andReturn();
        long id = remember(added);

        assertThat(jdbc.sql("select state_code from institution where id = ?").param(id).query(String.class).single())
                .isEqualTo("KZ");
        assertThat(follow(added, EDITOR)).contains("The institution “Test Water Agency” was added.", "<h1>Test Water Agency</h1>",
                "href=\"/states/KZ\"", "Agency", "History", "Version 0: created", "href=\"/institutions/" + id + "/edit\"");
    }

    @Test
    void showsEachProblemByItsFieldAndSavesNothing() throws Exception {
        long before = institutions();

        String shown = mvc.perform(post("/institutions").with(EDITOR).with(csrf()).param("nameEn", "Only English")
                        .param("nameRu", " ").param("state", "Narnia"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(shown).contains("There is a problem", "<a href=\"#nameRu\">Enter the institution&#39;s name in Russian</a>",
                "Choose what kind of institution it is", "Choose the institution&#39;s state from the list",
                "value=\"Only English\"", "value=\"Narnia\"");
        assertThat(institutions()).isEqualTo(before);
    }

    @Test
    void saysTheProblemsInRussian() throws Exception {
        String shown = mvc.perform(post("/institutions").with(EDITOR).with(csrf()).param("lang", "ru")
                        .param("nameEn", "").param("nameRu", "").param("kind", "AGENCY"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(shown).contains("Укажите название учреждения на английском", "Укажите название учреждения на русском");
    }

    @Test
    void aWellFormedCodeOfNoStateIsRefusedByTheService() throws Exception {
        long before = institutions();

        assertThat(mvc.perform(post("/institutions").with(EDITOR).with(csrf()).param("nameEn", "Nowhere Office")
                        .param("nameRu", "Нигдешнее ведомство").param("kind", "OTHER").param("state", "XX"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("<a href=\"#state\">No state has this ISO code</a>");
        assertThat(institutions()).isEqualTo(before);
    }

    @Test
    void editsAnInstitutionAndAStaleEditShowsBothVersions() throws Exception {
        long id = addInstitution("Test Ministry");
        assertThat(page(get("/institutions/" + id + "/edit").with(EDITOR)))
                .contains("value=\"Test Ministry\"", "name=\"version\" value=\"0\"", "<option value=\"MINISTRY\" selected=\"selected\">");

        mvc.perform(post("/institutions/" + id).with(EDITOR).with(csrf()).param("nameEn", "Test Ministry of Energy")
                        .param("nameRu", "Тестовое министерство").param("kind", "MINISTRY").param("state", "IL").param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/institutions/" + id))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("institution.done.saved", "Test Ministry of Energy")));

        String conflict = mvc.perform(post("/institutions/" + id).with(EDITOR).with(csrf()).param("nameEn", "My stale name")
                        .param("nameRu", "Тестовое министерство").param("kind", "MINISTRY").param("version", "0"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("Someone saved this record while you were editing it", "My stale name",
                "Test Ministry of Energy", "name=\"version\" value=\"1\"");
        assertThat(jdbc.sql("select name_en || ' ' || state_code from institution where id = ?").param(id)
                .query(String.class).single()).isEqualTo("Test Ministry of Energy IL");
    }

    @Test
    void deletesWithAReasonItsPageSaysSoAndAdminsRestoreIt() throws Exception {
        long id = addInstitution("Test Duplicate Ministry");

        mvc.perform(post("/institutions/" + id + "/delete").with(EDITOR).with(csrf()).param("version", "0")
                        .param("reason", "duplicate of institution 1"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/institutions/" + id))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("deletion.done", "the institution “Test Duplicate Ministry”")));

        String gone = mvc.perform(get("/institutions/" + id).with(ADMIN)).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(gone).contains("This record was deleted", "Test Duplicate Ministry", "Reason: duplicate of institution 1",
                "action=\"/institutions/" + id + "/restore\"", "Restore it");
        assertThat(page(get("/states/KZ"))).doesNotContain("Test Duplicate Ministry");

        mvc.perform(post("/institutions/" + id + "/restore").with(EDITOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/institutions/" + id + "/restore").with(ADMIN).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/institutions/" + id));
        assertThat(page(get("/institutions/" + id))).contains("Version 2: restored", "Version 1: deleted");
    }

    @Test
    void anInstitutionInUseIsNotDeleted() throws Exception {
        String refused = mvc.perform(post("/institutions/" + KNESSET + "/delete").with(EDITOR).with(csrf())
                        .param("version", String.valueOf(version(KNESSET))).param("reason", "trying"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("Events name this institution or offices belong to it");
        assertThat(jdbc.sql("select deleted_at is null from institution where id = ?").param(KNESSET)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void whatIsTypedIsShownEscaped() throws Exception {
        long id = addInstitution("<script>alert('x')</script>");

        assertThat(page(get("/institutions/" + id))).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void viewersAndPostsWithoutTheTokenChangeNothing() throws Exception {
        long before = institutions();

        assertThat(page(get("/institutions/" + KNESSET).with(VIEWER))).doesNotContain("/edit", "/delete", "/restore");
        mvc.perform(get("/institutions/new").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(get("/institutions/" + KNESSET + "/edit").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/institutions").with(VIEWER).with(csrf()).param("nameEn", "By a viewer").param("nameRu", "Зритель")
                .param("kind", "OTHER")).andExpect(status().isForbidden());
        mvc.perform(post("/institutions").with(EDITOR).param("nameEn", "No token").param("nameRu", "Без токена")
                .param("kind", "OTHER")).andExpect(status().isForbidden());
        assertThat(institutions()).isEqualTo(before);
    }

    private long addInstitution(String name) throws Exception {
        return remember(mvc.perform(post("/institutions").with(EDITOR).with(csrf()).param("nameEn", name)
                        .param("nameRu", "Тестовое министерство").param("kind", "MINISTRY").param("state", "KZ"))
                .andExpect(status().isFound())
                .andReturn());
    }

    private long remember(MvcResult added) {
        return created.remember("institutions", "institution", redirectedId(added));
    }

    private long institutions() {
        return jdbc.sql("select count(*) from institution").query(Long.class).single();
    }

    private long version(long id) {
        return jdbc.sql("select version from institution where id = ?").param(id).query(Long.class).single();
    }
}
