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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.agreement.web.AgreementFormPagesIntegrationTests.EDITOR;
import static org.chancery.agreement.web.AgreementFormPagesIntegrationTests.VIEWER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The states in an agreement as editors change them from its page: admitting a state, its
 * next step, removing the latest step or the state, and the treaty order refused on the form.
 */
@ChanceryIntegrationTest
class ParticipationPagesIntegrationTests {

    static final String PASSAGE = "Президент Казахстана Касым-Жомарт Токаев в ноябре 2025 года объявил о решении страны присоединиться.";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private CreatedRecords created;
    private String agreement;
    private long id;

    @BeforeEach
    void createAnAgreement() throws Exception {
        created = new CreatedRecords(jdbc);
        id = AgreementFormPagesIntegrationTests.idOf(mvc.perform(AgreementFormPagesIntegrationTests
                .agreement("Test form Participations").with(EDITOR)).andExpect(status().isFound()).andReturn());
        created.remember("agreements", "agreement", id);
        agreement = "/agreements/" + id;
    }

    @AfterEach
    void removeIt() {
        created.removeAll();
        jdbc.sql("delete from change_log where resource = 'sources' and record_key in"
                + " (select id::text from source where title like 'Test form source%')").update();
        jdbc.sql("delete from source where title like 'Test form source%'").update();
    }

    @Test
    void anEditorAdmitsAStateTypedByNameAndRecordsItsStepsWithDatesAsTyped() throws Exception {
        String form = page(agreement + "/participations/new");
        assertThat(form).contains("list=\"state-options\"", "<datalist id=\"state-options\">", "Kazakhstan · KZ",
                "name=\"version\" value=\"0\"");

        mvc.perform(admit("kazakhstan", "PARTY", 0))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(agreement + "#participant-KZ"))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("participation.form.admitted", "Kazakhstan", "Test form Participations")));
        assertThat(page(agreement)).contains("id=\"participant-KZ\"", "href=\"" + agreement + "/participations/KZ/steps/new\"",
                "href=\"" + agreement + "/participations/KZ/delete\"");

        String stepForm = page(agreement + "/participations/KZ/steps/new");
        assertThat(stepForm).contains("The next step of Kazakhstan", "<option value=\"ANNOUNCED\" selected=\"selected\">announced</option>",
                        "<option value=\"ACCESSION\">acceded</option>", "data-suggest=\"/suggest/sources\"", "name=\"version\" value=\"1\"")
                .doesNotContain("<option value=\"RATIFIED\"");

        mvc.perform(step(agreement, "KZ", 1, "ANNOUNCED", "ноябрь 2025").with(EDITOR))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(agreement + "#participant-KZ"))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("step.form.recorded", "Kazakhstan", "announced", "ноябрь 2025")));
        mvc.perform(step(agreement, "KZ", 2, "SIGNED", "10.02.2026").with(EDITOR)).andExpect(status().isFound());

        assertThat(steps()).isEqualTo("ANNOUNCED MONTH 2025-11-01 5, SIGNED DAY 2026-02-10 5");
        assertThat(page(agreement)).contains("href=\"" + agreement + "/participations/KZ/steps/2/delete\"")
                .doesNotContain("href=\"" + agreement + "/participations/KZ/delete\"");
    }

    @Test
    void aStepOutOfTheTreatyOrderOrDatedBeforeTheLatestIsRefusedOnItsField() throws Exception {
        mvc.perform(admit("KZ", "PARTY", 0)).andExpect(status().isFound());
        mvc.perform(step(agreement, "KZ", 1, "ANNOUNCED", "November 2025").with(EDITOR)).andExpect(status().isFound());

        String order = html(step(agreement, "KZ", 2, "RATIFIED", "2026").with(EDITOR));
        assertThat(order).contains("<a href=\"#step\">This step cannot follow the state&#39;s last step</a>", "id=\"step-error\"");
        String chronology = html(step(agreement, "KZ", 2, "SIGNED", "October 2025").with(EDITOR));
        assertThat(chronology).contains("<a href=\"#date\">A step cannot be dated before the state&#39;s last step</a>",
                "value=\"October 2025\"");
        String russian = html(step(agreement, "KZ", 2, "SIGNED", "октябрь 2025").with(EDITOR).header("Accept-Language", "ru"));
        assertThat(russian).contains("Форма заполнена с ошибками");

        assertThat(steps()).isEqualTo("ANNOUNCED MONTH 2025-11-01 5");
    }

    @Test
    void aStepCitesASourceAddedInlineAndARefusedStepLeavesNoSourceBehind() throws Exception {
        mvc.perform(admit("KZ", "PARTY", 0)).andExpect(status().isFound());

        mvc.perform(withNewSource("RATIFIED", "2026", "Test form source, refused"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from source where title like 'Test form source%'").query(Long.class).single()).isZero();

        mvc.perform(withNewSource("ANNOUNCED", "November 2025", "Test form source, kept"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("""
                        select so.title || ' · ' || so.outlet || ' · ' || so.published_on from participation_step s
                          join participation p on p.id = s.participation_id join source so on so.id = s.source_id
                         where p.agreement_id = ?""")
                .param(id).query(String.class).single()).isEqualTo("Test form source, kept · Test outlet · 2025-11-20");
    }

    private MockHttpServletRequestBuilder withNewSource(String step, String date, String title) {
        return post(agreement + "/participations/KZ/steps").with(EDITOR).with(csrf()).param("version", "1")
                .param("step", step).param("date", date).param("sources[0].passage", PASSAGE)
                .param("sources[0].source", "").param("sources[0].newTitle", title)
                .param("sources[0].newOutlet", "Test outlet").param("sources[0].newLanguage", "ru")
                .param("sources[0].newPublishedOn", "2025-11-20");
    }

    @Test
    void showsEachProblemOfTheStepFormAndSavesNothing() throws Exception {
        mvc.perform(admit("KZ", "PARTY", 0)).andExpect(status().isFound());

        String page = html(post(agreement + "/participations/KZ/steps").with(EDITOR).with(csrf()).param("version", "1")
                .param("step", "ANNOUNCED").param("date", "the day after").param("sources[0].passage", "<script>alert(1)</script>"));

        assertThat(page).contains("&#39;the day after&#39; is not a date we can read", "Pick a source or add a new one")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        String trend = String.valueOf(new ShippedRecord(jdbc).trendInterview());
        String blank = html(post(agreement + "/participations/KZ/steps").with(EDITOR).with(csrf()).param("version", "1")
                .param("step", "ANNOUNCED").param("date", "").param("sources[0].source", trend).param("sources[0].passage", " "));
        assertThat(blank).contains("Enter the date of the step", "Quote the passage of the source that reports it");
        assertThat(steps()).isEmpty();
    }

    @Test
    void refusesAStateThatIsNotThereOrAlreadyTakesPartOrAThirdPartyOfABilateralAgreement() throws Exception {
        assertThat(html(admit("Atlantis", "PARTY", 0)))
                .contains("<a href=\"#state\">No state has this name or code: pick one from the list</a>", "value=\"Atlantis\"");
        assertThat(html(admit("", "PARTY", 0))).contains("Enter the state");
        mvc.perform(admit("KZ", "PARTY", 0)).andExpect(status().isFound());
        assertThat(html(admit("Казахстан", "OBSERVER", 1)))
                .contains("<a href=\"#state\">This state already takes part in the agreement</a>");

        mvc.perform(post(agreement).with(EDITOR).with(csrf()).param("version", "1").param("nameEn", "Test form Participations")
                .param("nameRu", "Тест").param("kind", "TREATY").param("_multilateral", "on")).andExpect(status().isFound());
        mvc.perform(admit("IL", "PARTY", 2)).andExpect(status().isFound());
        assertThat(html(admit("AE", "PARTY", 3))).contains("<a href=\"#role\">A bilateral agreement has exactly two parties</a>");
        assertThat(jdbc.sql("select count(*) from participation where agreement_id = ?").param(id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void removesTheLatestStepThenTheStateEachWithAReason() throws Exception {
        mvc.perform(admit("KZ", "PARTY", 0)).andExpect(status().isFound());
        mvc.perform(step(agreement, "KZ", 1, "ANNOUNCED", "November 2025").with(EDITOR)).andExpect(status().isFound());

        assertThat(page(agreement + "/participations/KZ/steps/1/delete"))
                .contains("Delete the step “announced, November 2025” of Kazakhstan in “Test form Participations”");
        assertThat(html(remove("/participations/KZ", 2, "Test")))
                .contains("The state has recorded steps: delete them first");
        assertThat(html(remove("/participations/KZ/steps/1", 2, ""))).contains("Say why the record is deleted");

        mvc.perform(remove("/participations/KZ/steps/1", 2, "Test: entered by mistake"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("agreement.form.partRemoved",
                        "the step “announced, November 2025” of Kazakhstan in “Test form Participations”")));
        mvc.perform(remove("/participations/KZ", 3, "Test: wrong state")).andExpect(status().isFound());

        assertThat(jdbc.sql("select count(*) from participation where agreement_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(page(agreement)).contains("Test: entered by mistake", "Test: wrong state", "Version 4: changed");
    }

    @Test
    void aStepSavedOverAChangeMadeMeanwhileIsAnswered409WithTheAgreementAsItNowStands() throws Exception {
        mvc.perform(admit("KZ", "PARTY", 0)).andExpect(status().isFound());
        mvc.perform(admit("IL", "PARTY", 1)).andExpect(status().isFound());

        String page = mvc.perform(step(agreement, "KZ", 1, "ANNOUNCED", "November 2025").with(EDITOR))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Someone changed this agreement while you were filling in the form", "value=\"November 2025\"",
                "name=\"version\" value=\"2\"");
        assertThat(steps()).isEmpty();
        mvc.perform(remove("/participations/KZ", 1, "Test")).andExpect(status().isConflict());
    }

    @Test
    void viewersMayNotChangeParticipationsAndUnknownOnesAreNotFound() throws Exception {
        mvc.perform(get(agreement + "/participations/new").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post(agreement + "/participations").with(VIEWER).with(csrf()).param("version", "0").param("state", "KZ")
                .param("role", "PARTY")).andExpect(status().isForbidden());
        mvc.perform(post(agreement + "/participations").with(EDITOR).param("version", "0").param("state", "KZ")
                .param("role", "PARTY")).andExpect(status().isForbidden());
        mvc.perform(get(agreement + "/participations/KZ/steps/new").with(EDITOR)).andExpect(status().isNotFound());
        mvc.perform(get(agreement + "/participations/KZ/steps/3/delete").with(EDITOR)).andExpect(status().isNotFound());

        assertThat(jdbc.sql("select count(*) from participation where agreement_id = ?").param(id).query(Long.class).single()).isZero();
    }

    private MockHttpServletRequestBuilder admit(String state, String role, long version) {
        return post(agreement + "/participations").with(EDITOR).with(csrf()).param("version", String.valueOf(version))
                .param("state", state).param("role", role);
    }

    static MockHttpServletRequestBuilder step(String agreement, String state, long version, String step, String date) {
        return post(agreement + "/participations/" + state + "/steps").with(csrf()).param("version", String.valueOf(version))
                .param("step", step).param("date", date).param("sources[0].source", "5 · Trend").param("sources[0].passage", PASSAGE);
    }

    private MockHttpServletRequestBuilder remove(String path, long version, String reason) {
        return post(agreement + path + "/delete").with(EDITOR).with(csrf()).param("version", String.valueOf(version))
                .param("reason", reason);
    }

    private String steps() {
        return String.join(", ", jdbc.sql("""
                        select s.step || ' ' || s.date_precision || ' ' || s.date_earliest || ' ' || s.source_id
                          from participation_step s join participation p on p.id = s.participation_id
                         where p.agreement_id = ? order by s.position""")
                .param(id).query(String.class).list());
    }

    private String page(String path) throws Exception {
        return html(get(path).with(EDITOR));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
