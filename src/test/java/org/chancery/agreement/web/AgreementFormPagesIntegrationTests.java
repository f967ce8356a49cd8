package org.chancery.agreement.web;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.CreatedRecords;
import org.chancery.ShippedRecord;
import org.chancery.common.web.Confirmation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.chancery.ContainerSessions.inContainerSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /agreements/new}, {@code /agreements/{id}/edit}, deleting and restoring, as editors
 * and admins use them and as viewers may not. Every test works on agreements of its own and
 * removes them, with their history, afterwards; the shipped Abraham Accords are only read.
 */
@ChanceryIntegrationTest
class AgreementFormPagesIntegrationTests {

    static final RequestPostProcessor VIEWER = user("form-viewer").roles("VIEWER");
    static final RequestPostProcessor EDITOR = user("form-editor").roles("EDITOR");
    static final RequestPostProcessor ADMIN = user("form-admin").roles("ADMIN");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private CreatedRecords created;

    @BeforeEach
    void remember() {
        created = new CreatedRecords(jdbc);
    }

    @AfterEach
    void removeWhatWasCreated() {
        jdbc.sql("select id from agreement where name_en like 'Test form %' or name_en like '<script>%'").query(Long.class).list()
                .forEach(id -> created.remember("agreements", "agreement", id));
        created.removeAll();
    }

    @Test
    void aViewerMayNeitherOpenNorPostTheForms() throws Exception {
        for (String form : new String[] {"/agreements/new", accords() + "/edit", accords() + "/delete"}) {
            mvc.perform(get(form).with(VIEWER)).andExpect(status().isForbidden());
        }
        mvc.perform(agreement("Test form viewer").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post(accords()).with(VIEWER).with(csrf()).param("nameEn", "Test form viewer")).andExpect(status().isForbidden());
        mvc.perform(post(accords() + "/delete").with(VIEWER).with(csrf()).param("reason", "no")).andExpect(status().isForbidden());

        assertThat(count("Test form viewer")).isZero();
        assertThat(page(accords(), VIEWER)).doesNotContain(accords() + "/edit", accords() + "/delete", "participations/new");
        assertThat(page("/agreements", VIEWER)).doesNotContain("/agreements/new");
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/agreements").with(EDITOR).param("nameEn", "Test form no token").param("nameRu", "Тест")
                .param("kind", "TREATY")).andExpect(status().isForbidden());

        assertThat(count("Test form no token")).isZero();
    }

    @Test
    void createsAnAgreementFromDatesAsTypedThenShowsItWithAConfirmation() throws Exception {
        assertThat(page("/agreements", EDITOR)).contains("href=\"/agreements/new\"");
        assertThat(page("/agreements/new", EDITOR)).contains("New agreement", "name=\"nameEn\"", "<option value=\"TREATY\">Treaty</option>");

        MvcResult result = mvc.perform(post("/agreements").with(csrf()).with(EDITOR).param("nameEn", "Test form Caspian Accord")
                        .param("nameRu", "Тестовое Каспийское соглашение").param("kind", "ACCORDS").param("multilateral", "true")
                        .param("_multilateral", "on").param("opened", "2020–2021"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("agreement.form.created", "Test form Caspian Accord")))
                .andReturn();
        long id = idOf(result);

        assertThat(jdbc.sql("select opened_precision || ' ' || opened_earliest || ' ' || opened_latest || ' ' || multilateral"
                        + " from agreement where id = ?").param(id).query(String.class).single())
                .isEqualTo("YEAR 2020-01-01 2021-12-31 true");
        assertThat(followed(result, EDITOR))
                .contains("The agreement “Test form Caspian Accord” was created.", "role=\"status\"")
                .contains("Version 0: created", "by form-editor")
                .contains("href=\"/agreements/" + id + "/edit\"", "href=\"/agreements/" + id + "/participations/new\"");
    }

    @Test
    void showsEachProblemNextToItsFieldAndInTheSummaryKeepsWhatWasTypedAndSavesNothing() throws Exception {
        String page = mvc.perform(post("/agreements").with(EDITOR).with(csrf()).param("nameEn", "Test form typed")
                        .param("nameRu", " ").param("kind", "").param("_multilateral", "on").param("opened", "sometime soon"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page)
                .contains("class=\"error-summary\" role=\"alert\"", "There is a problem")
                .contains("<a href=\"#nameRu\">Enter the agreement&#39;s name in Russian</a>")
                .contains("<a href=\"#kind\">Choose what kind of agreement it is</a>")
                .contains("<a href=\"#opened\">&#39;sometime soon&#39; is not a date we can read.")
                .contains("id=\"opened-error\"", "aria-invalid=\"true\"")
                .contains("value=\"Test form typed\"", "value=\"sometime soon\"");
        assertThat(page.indexOf("#nameRu")).isLessThan(page.indexOf("#kind"));
        assertThat(count("Test form typed")).isZero();
    }

    @Test
    void aValueNoFormOffersIsRefusedOnItsField() throws Exception {
        String page = mvc.perform(post("/agreements").with(EDITOR).with(csrf()).param("nameEn", "Test form odd kind")
                        .param("nameRu", "Тест").param("kind", "ALLIANCE"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"#kind\">", "value=\"Test form odd kind\"");
        assertThat(count("Test form odd kind")).isZero();
    }

    @Test
    void saysTheSameInRussian() throws Exception {
        String page = mvc.perform(post("/agreements").with(EDITOR).with(csrf()).header("Accept-Language", "ru")
                        .param("nameEn", "").param("nameRu", "Тест").param("kind", "TREATY").param("opened", "когда-нибудь"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Форма заполнена с ошибками", "Введите название соглашения на английском",
                "Не удаётся прочитать дату «когда-нибудь»");
    }

    @Test
    void aNameWithMarkupIsShownEscaped() throws Exception {
        String markup = "<script>alert('x')</script>";
        MvcResult result = mvc.perform(agreement(markup).with(EDITOR)).andExpect(status().isFound()).andReturn();

        String page = followed(result, EDITOR);
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(page("/agreements/" + idOf(result) + "/edit", EDITOR))
                .contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"").doesNotContain("<script>alert");
    }

    @Test
    void editsAnAgreementAtTheVersionItWasOpenedAt() throws Exception {
        long id = create("Test form Edited");
        assertThat(page("/agreements/" + id + "/edit", EDITOR))
                .contains("value=\"Test form Edited\"", "name=\"version\" value=\"0\"", "value=\"March 2026\"",
                        "<option value=\"TREATY\" selected=\"selected\">");

        mvc.perform(edit(id, 0, "Test form Edited again").param("opened", "approximately 2019").with(EDITOR))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/agreements/" + id))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("agreement.form.saved", "Test form Edited again")));

        assertThat(jdbc.sql("select name_en || ' ' || opened_precision || ' ' || opened_approximate || ' ' || version"
                + " from agreement where id = ?").param(id).query(String.class).single())
                .isEqualTo("Test form Edited again YEAR true 1");
        assertThat(page("/agreements/" + id, EDITOR)).contains("Version 1: changed", "Test form Edited again");
    }

    @Test
    void aSaveOverAVersionSavedMeanwhileShowsBothAndWritesNothing() throws Exception {
        long id = create("Test form Stale");
        mvc.perform(edit(id, 0, "Test form Stale, theirs").with(ADMIN)).andExpect(status().isFound());

        String page = mvc.perform(edit(id, 0, "Test form Stale, mine").with(EDITOR))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Someone saved this record while you were editing it", "form-admin saved version 1")
                .contains("Name in English", "Test form Stale, mine", "Test form Stale, theirs")
                .contains("value=\"Test form Stale, mine\"", "name=\"version\" value=\"1\"");
        assertThat(jdbc.sql("select name_en from agreement where id = ?").param(id).query(String.class).single())
                .isEqualTo("Test form Stale, theirs");
    }

    @Test
    void deletesWithAReasonThenAnAdminRestoresIt() throws Exception {
        long id = create("Test form Deleted");
        assertThat(page("/agreements/" + id + "/delete", EDITOR))
                .contains("Delete the agreement “Test form Deleted”", "name=\"version\"", "value=\"0\"");

        mvc.perform(post("/agreements/" + id + "/delete").with(EDITOR).with(csrf()).param("version", "0").param("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Say why the record is deleted"));
        MvcResult deleted = mvc.perform(post("/agreements/" + id + "/delete").with(EDITOR).with(csrf())
                        .param("version", "0").param("reason", "Test duplicate"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/agreements/" + id))
                .andReturn();

        String gone = mvc.perform(get("/agreements/" + id).with(ADMIN).with(inContainerSession()).flashAttr(Confirmation.ATTRIBUTE,
                        deleted.getFlashMap().get(Confirmation.ATTRIBUTE)))
                .andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(gone).contains("Deleted the agreement “Test form Deleted”.", "This record was deleted", "Reason: Test duplicate",
                "Version 1: deleted", "action=\"/agreements/" + id + "/restore\"");
        assertThat(page("/agreements", EDITOR)).doesNotContain("Test form Deleted");
        mvc.perform(get("/agreements/" + id + "/edit").with(EDITOR)).andExpect(status().isGone());

        mvc.perform(post("/agreements/" + id + "/restore").with(EDITOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/agreements/" + id + "/restore").with(ADMIN).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("restore.done", "the agreement “Test form Deleted”")));
        assertThat(page("/agreements", EDITOR)).contains("Test form Deleted");
    }

    @Test
    void deletingAnAgreementThatEventsConcernIsRefusedOnThePage() throws Exception {
        String page = mvc.perform(post(accords() + "/delete").with(EDITOR).with(csrf()).param("version", currentVersion(accordsId()))
                        .param("reason", "Test"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Events still concern this agreement: change or delete them first");
        assertThat(jdbc.sql("select deleted_at is null from agreement where id = ?").param(accordsId()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void anAdminPutsAnEarlierVersionBackParticipationsAndStepsIncluded() throws Exception {
        long id = create("Test form Reverted");
        String agreement = "/agreements/" + id;
        mvc.perform(edit(id, 0, "Test form Reverted, renamed").with(EDITOR)).andExpect(status().isFound());
        mvc.perform(post(agreement + "/participations").with(EDITOR).with(csrf()).param("version", "1")
                .param("state", "KZ").param("role", "PARTY")).andExpect(status().isFound());
        mvc.perform(ParticipationPagesIntegrationTests.step(agreement, "KZ", 2, "ANNOUNCED", "November 2025").with(EDITOR))
                .andExpect(status().isFound());
        mvc.perform(ParticipationPagesIntegrationTests.step(agreement, "KZ", 3, "SIGNED", "10 February 2026").with(EDITOR))
                .andExpect(status().isFound());
        assertThat(page(agreement, ADMIN)).contains("action=\"" + agreement + "/versions/2/restore\"");

        mvc.perform(post(agreement + "/versions/3/restore").with(EDITOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(agreement + "/versions/3/restore").with(ADMIN).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("restore.versionDone", "the agreement “Test form Reverted, renamed”", "3")));
        assertThat(steps(id)).isEqualTo("KZ ANNOUNCED 2025-11-01");

        mvc.perform(post(agreement + "/versions/0/restore").with(ADMIN).with(csrf())).andExpect(status().isFound());
        assertThat(steps(id)).isEmpty();
        assertThat(jdbc.sql("select name_en || ' ' || version from agreement where id = ?").param(id).query(String.class).single())
                .isEqualTo("Test form Reverted 6");
        assertThat(page(agreement, EDITOR)).contains("Version 6: changed");

        mvc.perform(post(agreement + "/versions/4/restore").with(ADMIN).with(csrf())).andExpect(status().isFound());
        assertThat(steps(id)).isEqualTo("KZ ANNOUNCED 2025-11-01, KZ SIGNED 2026-02-10");
        mvc.perform(post(agreement + "/versions/99/restore").with(ADMIN).with(csrf())).andExpect(status().isNotFound());
    }

    private long create(String name) throws Exception {
        return idOf(mvc.perform(agreement(name).with(EDITOR)).andExpect(status().isFound()).andReturn());
    }

    static MockHttpServletRequestBuilder agreement(String nameEn) {
        return post("/agreements").with(csrf()).param("nameEn", nameEn).param("nameRu", "Тестовое соглашение")
                .param("kind", "TREATY").param("multilateral", "true").param("opened", "March 2026")
                .param("summaryEn", "Made up for a test.");
    }

    private static MockHttpServletRequestBuilder edit(long id, long version, String nameEn) {
        return post("/agreements/" + id).with(csrf()).param("version", String.valueOf(version)).param("nameEn", nameEn)
                .param("nameRu", "Тестовое соглашение").param("kind", "TREATY").param("multilateral", "true");
    }

    private String steps(long id) {
        return String.join(", ", jdbc.sql("""
                        select p.state_code || ' ' || s.step || ' ' || s.date_earliest from participation_step s
                          join participation p on p.id = s.participation_id
                         where p.agreement_id = ? order by p.state_code, s.position""")
                .param(id).query(String.class).list());
    }

    private String currentVersion(long id) {
        return jdbc.sql("select version::text from agreement where id = ?").param(id).query(String.class).single();
    }

    private long count(String nameEn) {
        return jdbc.sql("select count(*) from agreement where name_en = ?").param(nameEn).query(Long.class).single();
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String followed(MvcResult result, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(result.getResponse().getRedirectedUrl()).with(who).with(inContainerSession())
                        .flashAttr(Confirmation.ATTRIBUTE, result.getFlashMap().get(Confirmation.ATTRIBUTE)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    static long idOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1).replaceAll("#.*", ""));
    }

    private long accordsId() {
        return new ShippedRecord(jdbc).agreement("Abraham Accords");
    }

    private String accords() {
        return ShippedRecord.address("agreements", accordsId());
    }
}
