package org.chancery.agreement;

import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.CreatedRecords;
import org.chancery.ShippedRecord;
import org.chancery.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A participation step is a timeline entry of kind "agreement step": recorded through the
 * agreement API, it is on the timeline, the state's and the pair's pages and in the events API
 * with its source; it follows the step and its agreement, and is not edited as an event.
 */
@ChanceryIntegrationTest
class AgreementStepEntriesIntegrationTests {

    static final String TITLE = "Test Steppe Transit Accord: Kazakhstan, acceded";
    static final RequestPostProcessor PAGE_EDITOR = user("steps-editor").roles("EDITOR");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    private TestAccounts accounts;
    private CreatedRecords created;
    private RequestPostProcessor editor;
    private long trend;
    private String agreement;

    @BeforeEach
    void anAgreementOfKazakhstanAndIsrael() throws Exception {
        accounts = new TestAccounts(jdbc, encoder);
        created = new CreatedRecords(jdbc);
        editor = accounts.basic("EDITOR");
        trend = new ShippedRecord(jdbc).trendInterview();
        String body = mvc.perform(post("/api/v1/agreements").with(editor).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": {"en": "Test Steppe Transit Accord", "ru": "Тестовое степное транзитное соглашение"},
                         "kind": "TREATY", "multilateral": true}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");
        created.remember("agreements", "agreement", id);
        agreement = "/api/v1/agreements/" + id;
        write(post(agreement + "/participations").content("{\"state\": \"IL\", \"role\": \"PARTY\"}"), 0).andExpect(status().isCreated());
        write(post(agreement + "/participations").content("{\"state\": \"KZ\", \"role\": \"PARTY\"}"), 1).andExpect(status().isCreated());
    }

    @AfterEach
    void cleanUp() {
        created.removeAll();
        accounts.removeAll();
    }

    @Test
    void aRecordedStepIsOnTheTimelineThePagesOfTheStateAndThePairAndInTheEventsApiWithItsSource() throws Exception {
        write(post(agreement + "/participations/KZ/steps").content(accession("2026-03-02")), 2).andExpect(status().isCreated());
        long entry = entry();

        mvc.perform(get("/api/v1/events").param("kind", "AGREEMENT_STEP").param("state", "KZ").param("limit", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + entry + ")].title.en").value(contains(TITLE)))
                .andExpect(jsonPath("$.items[?(@.id == " + entry + ")].title.ru")
                        .value(contains("Тестовое степное транзитное соглашение: Казахстан, присоединение")))
                .andExpect(jsonPath("$.items[?(@.id == " + entry + ")].date.edtf").value(contains("2026-03-02")))
                .andExpect(jsonPath("$.items[?(@.id == " + entry + ")].sources[*].id").value(contains((int) trend)))
                .andExpect(jsonPath("$.items[?(@.id == " + entry + ")].states[*].code").value(contains("KZ")));
        assertThat(html("/timeline?state=KZ&kind=AGREEMENT_STEP", "en")).contains(TITLE, "Agreement step", "Trend");
        assertThat(html("/timeline?state=KZ", "ru")).contains("Тестовое степное транзитное соглашение: Казахстан, присоединение");
        assertThat(html("/timeline?state=KZ&kind=VISIT", "en")).doesNotContain(TITLE);
        // the pair's agreement steps link the step to its entry
        assertThat(html("/relations/KZ/IL", "en")).contains("Test Steppe Transit Accord", "href=\"/events/" + entry + "\"");
        // its page sends an editor to the agreement, not to the event form
        String page = mvc.perform(get("/events/" + entry).with(PAGE_EDITOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(TITLE, "Trend", "This entry follows a step of its agreement", "href=\"/agreements/")
                .doesNotContain("href=\"/events/" + entry + "/edit\"");
        long statement = new ShippedRecord(jdbc).event("Kazakh Foreign Ministry statement on joining the Abraham Accords");
        assertThat(mvc.perform(get("/events/" + statement).with(PAGE_EDITOR)).andReturn().getResponse().getContentAsString())
                .as("an event entered by hand keeps its edit link").contains("href=\"/events/" + statement + "/edit\"");
    }

    @Test
    void theEntryFollowsItsStepAndAgreementAndGoesWithTheStep() throws Exception {
        write(post(agreement + "/participations/KZ/steps").content(accession("2026-03")), 2).andExpect(status().isCreated());
        long entry = entry();

        // a correction of the step (as a data fix makes it) moves its entry
        jdbc.sql("update participation_step set date_earliest = date '2026-03-05', date_latest = date '2026-03-05', "
                + "date_precision = 'DAY' where id = (select participation_step_id from event where id = :id)")
                .param("id", entry).update();
        mvc.perform(get("/api/v1/events/" + entry)).andExpect(jsonPath("$.date.edtf").value("2026-03-05"));
        // the agreement renamed, its entry is renamed
        mvc.perform(patch(agreement).with(editor).contentType("application/merge-patch+json")
                        .header(HttpHeaders.IF_MATCH, "\"3\"")
                        .content("{\"name\": {\"en\": \"Test Steppe Corridor Accord\"}}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/events/" + entry))
                .andExpect(jsonPath("$.title.en").value("Test Steppe Corridor Accord: Kazakhstan, acceded"));

        // the step removed, the entry is gone from the list and the timeline, a tombstone for the sync
        write(delete(agreement + "/participations/KZ/steps/1").param("reason", "entered by mistake"), 4)
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/events/" + entry)).andExpect(status().isGone());
        mvc.perform(get("/api/v1/events").param("kind", "AGREEMENT_STEP").param("limit", "200"))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) entry))));
        assertThat(html("/timeline?state=KZ", "en")).doesNotContain("Test Steppe Corridor Accord");
        // recorded again, it is back, once
        write(post(agreement + "/participations/KZ/steps").content(accession("2026-03-06")), 5).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/events").param("kind", "AGREEMENT_STEP").param("q", "Corridor"))
                .andExpect(jsonPath("$.items[*].date.edtf").value(contains("2026-03-06")));
    }

    @Test
    void theEntryIsNotEditedAsAnEventButGoesAndComesBackWithItsAgreement() throws Exception {
        write(post(agreement + "/participations/KZ/steps").content(accession("2026-03-02")), 2).andExpect(status().isCreated());
        long entry = entry();

        mvc.perform(patch("/api/v1/events/" + entry).with(editor).contentType("application/merge-patch+json")
                        .header(HttpHeaders.IF_MATCH, "\"0\"").content("{\"title\": {\"en\": \"Hand-made title\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("agreement-step-entry-follows-its-step"));
        mvc.perform(delete("/api/v1/events/" + entry).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"").param("reason", "test"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("agreement-step-entry-follows-its-step"));
        // the event form says so, in the reader's language, and keeps the entry as it is
        assertThat(mvc.perform(post("/events/" + entry).with(csrf()).with(PAGE_EDITOR)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
                        .param("version", "0").param("kind", "AGREEMENT_STEP").param("status", "HAPPENED")
                        .param("titleEn", "Hand-made title").param("date", "2026-03-02")
                        .param("states[0].state", "KZ").param("states[0].side", "SIGNATORY")
                        .param("sources[0].source", String.valueOf(trend))
                        .param("sources[0].passage", "Казахстан присоединился к тестовому соглашению."))
                .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsString())
                .contains("Это запись шага по соглашению");
        mvc.perform(get("/api/v1/events/" + entry)).andExpect(jsonPath("$.title.en").value(TITLE));

        // the agreement's own entries do not hold its deletion back; restored, it brings them back
        write(delete(agreement).param("reason", "test"), 3).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/events/" + entry)).andExpect(status().isGone());
        mvc.perform(post(agreement + "/restore").with(accounts.basic("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/events/" + entry)).andExpect(status().isOk()).andExpect(jsonPath("$.title.en").value(TITLE));
    }

    @Test
    void theShippedAnnouncementOfKazakhstanIsOneEventLinkedToItsStep() throws Exception {
        mvc.perform(get("/api/v1/events").param("kind", "AGREEMENT_STEP").param("state", "KZ").param("q", "Abraham"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].title.en").value("Kazakhstan announces its decision to join the Abraham Accords"))
                .andExpect(jsonPath("$.items[0].date.edtf").value("2025-11"));
        List<Long> linked = jdbc.sql("""
                        select e.id from event e join participation_step ps on ps.id = e.participation_step_id
                          join participation p on p.id = ps.participation_id
                         where p.state_code = 'KZ' and p.agreement_id = :agreement""")
                .param("agreement", new ShippedRecord(jdbc).agreement("Abraham Accords")).query(Long.class).list();
        assertThat(linked).containsExactly(new ShippedRecord(jdbc).event("Kazakhstan announces its decision to join the Abraham Accords"));
        // the original parties' signatures are entries of their own, on their state's timeline
        assertThat(html("/timeline?state=AE&kind=AGREEMENT_STEP", "en")).contains("Abraham Accords: United Arab Emirates, signed");
    }

    private long entry() {
        return jdbc.sql("""
                        select e.id from event e join participation_step ps on ps.id = e.participation_step_id
                          join participation p on p.id = ps.participation_id
                         where p.state_code = 'KZ' and p.agreement_id = :agreement""")
                .param("agreement", Long.parseLong(agreement.substring(agreement.lastIndexOf('/') + 1))).query(Long.class).single();
    }

    private String accession(String date) {
        return "{\"step\": \"ACCESSION\", \"date\": \"" + date + "\", \"sourceId\": " + trend + ", "
                + "\"quotedPassage\": \"Казахстан присоединился к тестовому соглашению.\"}";
    }

    private ResultActions write(MockHttpServletRequestBuilder request, long version) throws Exception {
        return mvc.perform(request.with(editor).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\""));
    }

    private String html(String url, String language) throws Exception {
        return mvc.perform(get(url).locale(Locale.forLanguageTag(language)).header(HttpHeaders.ACCEPT_LANGUAGE, language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
