package org.chancery.agreement.api;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.CreatedRecords;
import org.chancery.ShippedRecord;
import org.chancery.SlowTest;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing agreements and, through them, each state's path. Every test works on agreements of
 * its own and removes them, with their history, afterwards; the shipped Abraham Accords are
 * only read, or refused a change.
 */
@SlowTest
@ChanceryIntegrationTest
class AgreementWriteApiIntegrationTests {

    static final String ACCORD = """
            {"name": {"en": "Test Caspian Water Accord", "ru": "Тестовое Каспийское соглашение о воде"},
             "kind": "TREATY", "multilateral": true,
             "summary": {"en": "An agreement made up for a test."},
             "opened": "2026-03"}""";


    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PasswordEncoder encoder;

    private TestAccounts accounts;
    private CreatedRecords created;
    private RequestPostProcessor editor;
    private long trend;
    private String announced;
    private String signed;

    @BeforeEach
    void signIn() {
        accounts = new TestAccounts(jdbc, encoder);
        created = new CreatedRecords(jdbc);
        editor = accounts.basic("EDITOR");
        trend = new ShippedRecord(jdbc).trendInterview();
        announced = step("ANNOUNCED", "2025-11");
        signed = step("SIGNED", "2026-02-10");
    }

    @AfterEach
    void cleanUp() {
        created.removeAll();
        accounts.removeAll();
    }

    @Test
    void anEditorCreatesAnAgreementAndFollowsAStateThroughItsSteps() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/agreements").with(editor).contentType(MediaType.APPLICATION_JSON).content(ACCORD))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.matchesPattern(".*/api/v1/agreements/\\d+")))
                .andExpect(jsonPath("$.opened.edtf").value("2026-03"))
                .andExpect(jsonPath("$.opened.earliest").value("2026-03-01"))
                .andExpect(jsonPath("$.participations").isEmpty())
                .andReturn();
        int id = remember(result);
        String agreement = "/api/v1/agreements/" + id;

        write(post(agreement + "/participations").content("{\"state\": \"KZ\", \"role\": \"PARTY\"}"), 0)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(header().string(HttpHeaders.LOCATION, endsWith(agreement + "/participations/KZ")))
                .andExpect(jsonPath("$.state.name.en").value("Kazakhstan"))
                .andExpect(jsonPath("$.stage").doesNotExist());
        write(post(agreement + "/participations/KZ/steps").content(announced), 1)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(header().string(HttpHeaders.LOCATION, endsWith(agreement + "/participations/KZ/steps/1")))
                .andExpect(jsonPath("$.date.edtf").value("2025-11"))
                .andExpect(jsonPath("$.source.outlet").value("Trend"));
        write(post(agreement + "/participations/kz/steps").content(signed), 2)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"3\""))
                .andExpect(jsonPath("$.position").value(2));

        mvc.perform(get(agreement))
                .andExpect(header().string(HttpHeaders.ETAG, "\"3\""))
                .andExpect(jsonPath("$.participations[0].stage").value("SIGNED"))
                .andExpect(jsonPath("$.participations[0].steps[*].date.edtf").value(contains("2025-11", "2026-02-10")));
        mvc.perform(get("/api/v1/agreements").param("state", "KZ").param("q", "Test Caspian"))
                .andExpect(jsonPath("$.items[*].id").value(contains(id)));
        mvc.perform(get(agreement + "/history"))
                .andExpect(jsonPath("$[*].action").value(contains("CREATED", "UPDATED", "UPDATED", "UPDATED")))
                .andExpect(jsonPath("$[3].version").value(3))
                .andExpect(jsonPath("$[3].actor").value(startsWith("editor-")))
                .andExpect(jsonPath("$[3].changes[0].field").value("participations.KZ.steps.2"))
                .andExpect(jsonPath("$[3].changes[0].before").doesNotExist())
                .andExpect(jsonPath("$[3].changes[0].after.step").value("SIGNED"))
                .andExpect(jsonPath("$[3].changes[0].after.date").value("2026-02-10"))
                .andExpect(jsonPath("$[3].snapshot.name.en").value("Test Caspian Water Accord"));
    }

    @Test
    void entryIntoForceBeforeTheSignatureIsRefusedAndNothingIsWritten() throws Exception {
        int id = create();
        String steps = "/api/v1/agreements/" + id + "/participations/KZ/steps";
        write(post("/api/v1/agreements/" + id + "/participations").content("{\"state\": \"KZ\", \"role\": \"PARTY\"}"), 0)
                .andExpect(status().isCreated());
        write(post(steps).content(announced), 1).andExpect(status().isCreated());
        write(post(steps).content(step("IN_FORCE", "2026-02")), 2)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("participation-step-order"))
                .andExpect(jsonPath("$.detail").value(containsString("IN_FORCE cannot follow ANNOUNCED")));
        write(post(steps).content(signed), 2).andExpect(status().isCreated());
        Map<String, Long> before = counts(id);

        write(post(steps).content(step("IN_FORCE", "2026-01")), 3)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("participation-step-chronology"))
                .andExpect(jsonPath("$.detail").value(containsString("cannot come before SIGNED dated 2026-02-10")));

        assertThat(counts(id)).isEqualTo(before);
        mvc.perform(get("/api/v1/agreements/" + id))
                .andExpect(header().string(HttpHeaders.ETAG, "\"3\""))
                .andExpect(jsonPath("$.participations[0].stage").value("SIGNED"));
        write(post(steps).content(step("IN_FORCE", "2026-03")), 3)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"4\""));
    }

    @Test
    void writesOnParticipationsAndStepsNeedTheAgreementsCurrentVersion() throws Exception {
        int id = create();
        String participations = "/api/v1/agreements/" + id + "/participations";
        String admitKazakhstan = "{\"state\": \"KZ\", \"role\": \"PARTY\"}";

        mvc.perform(post(participations).with(editor).contentType(MediaType.APPLICATION_JSON).content(admitKazakhstan))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        write(post(participations).content(admitKazakhstan), 5)
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.currentVersion").value(0));
        write(post(participations).content(admitKazakhstan), 0).andExpect(status().isCreated());

        // Admitting a state made a new version of the agreement: what was read before is stale.
        write(post(participations + "/KZ/steps").content(announced), 0)
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        write(put("/api/v1/agreements/" + id).content(ACCORD), 0).andExpect(status().isPreconditionFailed());
        mvc.perform(post(participations + "/KZ/steps").with(editor).contentType(MediaType.APPLICATION_JSON).content(announced))
                .andExpect(status().isPreconditionRequired());
        write(post(participations + "/KZ/steps").content(announced), 1).andExpect(status().isCreated());
        mvc.perform(delete(participations + "/KZ/steps/1").with(editor).param("reason", "test"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(delete(participations + "/KZ/steps/1").with(editor).param("reason", "test").header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isPreconditionFailed());

        mvc.perform(get("/api/v1/agreements/" + id))
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.participations[0].steps.length()").value(1));
    }

    @Test
    void aStepRecordedWhileSomeoneElseChangesTheAgreementIsRefusedNotInterleaved() throws Exception {
        int id = create();
        String participations = "/api/v1/agreements/" + id + "/participations";
        write(post(participations).content("{\"state\": \"KZ\", \"role\": \"PARTY\"}"), 0).andExpect(status().isCreated());

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.executeUpdate("update agreement set version = version + 1 where id = " + id);
            }
            // The step is made against version 1, which is still the committed one: it passes the
            // If-Match check, then waits for the other transaction's row lock.
            CompletableFuture<MvcResult> step = CompletableFuture.supplyAsync(() -> {
                try {
                    return write(post(participations + "/KZ/steps").content(announced), 1).andReturn();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1_000);
            assertThat(step).isNotDone();
            other.commit();

            MvcResult result = step.get(30, TimeUnit.SECONDS);
            assertThat(result.getResponse().getStatus()).isEqualTo(409);
            assertThat(result.getResponse().getContentAsString()).contains("concurrent-change");
        }
        mvc.perform(get(participations + "/KZ/steps")).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/api/v1/agreements/" + id)).andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
    }

    @Test
    void aStateTakesPartOnceAndOnlyAPartyTakesSteps() throws Exception {
        int id = create();
        String participations = "/api/v1/agreements/" + id + "/participations";
        write(post(participations).content("{\"state\": \"US\", \"role\": \"FACILITATOR\"}"), 0).andExpect(status().isCreated());

        write(post(participations).content("{\"state\": \"US\", \"role\": \"PARTY\"}"), 1)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("participation-once"));
        write(post(participations + "/US/steps").content(signed), 1)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("participation-step-needs-party"));
        write(post(participations).content("{\"state\": \"QQ\", \"role\": \"PARTY\"}"), 1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("state"));
        write(post(participations).content("{\"state\": \"kz\", \"role\": \"SPECTATOR\"}"), 1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("role"));
        write(post(participations + "/KZ/steps").content(announced), 1)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no participation of KZ in agreement " + id + "."));

        mvc.perform(get(participations)).andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$[*].state.code").value(contains("US")));
    }

    @Test
    void aStepNamesAReadableDateAndARealSource() throws Exception {
        int id = create();
        String participations = "/api/v1/agreements/" + id + "/participations";
        write(post(participations).content("{\"state\": \"KZ\", \"role\": \"PARTY\"}"), 0).andExpect(status().isCreated());
        long stepsBefore = rows("participation_step");

        write(post(participations + "/KZ/steps").content(announced.replace("2025-11", "2025-13")), 1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("date"));
        write(post(participations + "/KZ/steps").content(announced.replace("\"sourceId\": " + trend, "\"sourceId\": 99999")), 1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("sourceId"));
        write(post(participations + "/KZ/steps").content("{\"step\": \"ANNOUNCED\", \"date\": \"2025-11\"}"), 1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(contains("quotedPassage", "sourceId")));

        assertThat(rows("participation_step")).isEqualTo(stepsBefore);
    }

    @Test
    void onlyTheLatestStepIsRemovedAndOnlyAStateWithoutStepsIsRemoved() throws Exception {
        int id = create();
        String participations = "/api/v1/agreements/" + id + "/participations";
        write(post(participations).content("{\"state\": \"KZ\", \"role\": \"PARTY\"}"), 0).andExpect(status().isCreated());
        write(post(participations + "/KZ/steps").content(announced), 1).andExpect(status().isCreated());
        write(post(participations + "/KZ/steps").content(signed), 2).andExpect(status().isCreated());

        write(delete(participations + "/KZ/steps/1").param("reason", "entered by mistake"), 3)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("participation-step-not-latest"));
        write(delete(participations + "/KZ/steps/2"), 3)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        write(delete(participations + "/KZ/steps/9").param("reason", "entered by mistake"), 3)
                .andExpect(status().isNotFound());
        write(delete(participations + "/KZ").param("reason", "entered by mistake"), 3)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("participation-has-steps"));

        write(delete(participations + "/KZ/steps/2").param("reason", "the signing was postponed"), 3)
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"4\""));
        mvc.perform(get(participations + "/KZ/steps"))
                .andExpect(jsonPath("$[*].step").value(contains("ANNOUNCED")));
        mvc.perform(get(participations + "/KZ/steps/2")).andExpect(status().isNotFound());
        write(delete(participations + "/KZ/steps/1").param("reason", "wrong state"), 4).andExpect(status().isNoContent());
        write(delete(participations + "/KZ").param("reason", "wrong state"), 5)
                .andExpect(status().isNoContent())
                .andExpect(header().string(HttpHeaders.ETAG, "\"6\""));

        mvc.perform(get("/api/v1/agreements/" + id)).andExpect(jsonPath("$.participations").isEmpty());
        mvc.perform(get("/api/v1/agreements/" + id + "/history"))
                .andExpect(jsonPath("$[4].reason").value("the signing was postponed"))
                .andExpect(jsonPath("$[4].changes[0].field").value("participations.KZ.steps.2"))
                .andExpect(jsonPath("$[4].changes[0].before.step").value("SIGNED"))
                .andExpect(jsonPath("$[4].changes[0].after").doesNotExist())
                .andExpect(jsonPath("$[6].changes[0].field").value("participations.KZ"));
    }

    @Test
    void anAgreementIsReplacedAndPatchedUnderItsOwnRules() throws Exception {
        int id = create();
        String agreement = "/api/v1/agreements/" + id;

        write(put(agreement).content(ACCORD.replace("\"2026-03\"", "\"2026-22~\"").replace("\"TREATY\"", "\"CONVENTION\"")), 0)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.kind").value("CONVENTION"))
                .andExpect(jsonPath("$.opened.edtf").value("2026-22~"))
                .andExpect(jsonPath("$.opened.precision").value("SEASON"));
        mergePatch(agreement, "{\"opened\": null, \"summary\": {\"ru\": \"Соглашение для теста.\"}}", 1)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opened").doesNotExist())
                .andExpect(jsonPath("$.summary.en").value("An agreement made up for a test."))
                .andExpect(jsonPath("$.summary.ru").value("Соглашение для теста."))
                .andExpect(jsonPath("$.name.en").value("Test Caspian Water Accord"));
        mergePatch(agreement, "{\"name\": {\"en\": \" \"}}", 2)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("name.en"));

        for (String state : List.of("KZ", "IL", "AZ")) {
            long version = JsonPath.<Integer>read(mvc.perform(get(agreement)).andReturn().getResponse().getContentAsString(), "$.version");
            write(post(agreement + "/participations").content("{\"state\": \"" + state + "\", \"role\": \"PARTY\"}"), version)
                    .andExpect(status().isCreated());
        }
        mergePatch(agreement, "{\"multilateral\": false}", 5)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("bilateral-two-parties"));
        mvc.perform(get(agreement)).andExpect(jsonPath("$.multilateral").value(true));

        // Participations are written through their own addresses; in the agreement's body they are refused, by name.
        write(put(agreement).content(ACCORD.replace("\"opened\"", "\"participations\": [], \"opened\"")), 5)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("participations"));
        mvc.perform(get(agreement)).andExpect(jsonPath("$.participations.length()").value(3));
    }

    @Test
    void anAgreementIsNotDeletedWhileLiveEventsConcernIt() throws Exception {
        int id = create();
        String agreement = "/api/v1/agreements/" + id;
        int event = createEventConcerning(id);
        String since = JsonPath.read(mvc.perform(get(agreement)).andReturn().getResponse().getContentAsString(), "$.updatedAt");

        write(delete(agreement).param("reason", "entered twice"), 0)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("agreement-concerned-by-events"))
                .andExpect(jsonPath("$.detail").value(containsString("Events " + event + " concern")));
        mvc.perform(delete("/api/v1/events/" + event).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"").param("reason", "test"))
                .andExpect(status().isNoContent());

        write(delete(agreement).param("reason", "entered twice"), 0).andExpect(status().isNoContent());

        mvc.perform(get(agreement)).andExpect(status().isGone()).andExpect(jsonPath("$.deletedAt").isNotEmpty());
        mvc.perform(get(agreement + "/participations")).andExpect(status().isGone());
        write(post(agreement + "/participations").content("{\"state\": \"KZ\", \"role\": \"PARTY\"}"), 1)
                .andExpect(status().isGone());
        mvc.perform(get("/api/v1/agreements").param("q", "Test Caspian"))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
        mvc.perform(get("/api/v1/agreements").param("updatedSince", since))
                .andExpect(jsonPath("$.deleted[*].id").value(hasItem(id)))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));

        mvc.perform(post(agreement + "/restore").with(editor)).andExpect(status().isForbidden());
        mvc.perform(post(agreement + "/restore").with(accounts.basic("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(get(agreement + "/history"))
                .andExpect(jsonPath("$[*].action").value(contains("CREATED", "DELETED", "RESTORED")))
                .andExpect(jsonPath("$[1].reason").value("entered twice"));
    }

    @Test
    void theShippedAccordsAreNotDeletedWhileTheirEventsAreLive() throws Exception {
        Map<String, Object> before = shippedAccords();

        write(delete("/api/v1" + ShippedRecord.address("agreements", new ShippedRecord(jdbc).agreement("Abraham Accords"))).param("reason", "test"), 1)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("agreement-concerned-by-events"));

        assertThat(shippedAccords()).isEqualTo(before);
    }

    @Test
    void changesArePagedAndCountedWithoutGapsOrRepeats() throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (String name : List.of("Test Paging Charlie", "Test Paging Alpha", "Test Paging Bravo")) {
            ids.add(create(ACCORD.replace("Test Caspian Water Accord", name)));
        }

        String first = mvc.perform(get("/api/v1/agreements?q=Paging&limit=2&count=true"))
                .andExpect(jsonPath("$.items[*].name.en").value(contains("Test Paging Alpha", "Test Paging Bravo")))
                .andExpect(jsonPath("$.total").value(3))
                .andReturn().getResponse().getContentAsString();
        String next = JsonPath.read(first, "$.next");
        assertThat(next).contains("cursor=", "limit=2").doesNotContain("count=");
        mvc.perform(get(next))
                .andExpect(jsonPath("$.items[*].name.en").value(contains("Test Paging Charlie")))
                .andExpect(jsonPath("$.next").doesNotExist());
        mvc.perform(get(next.replace("limit=2", "limit=2&sort=-opened")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("cursor"));

        String since = JsonPath.read(mvc.perform(get("/api/v1/agreements/" + ids.get(1))).andReturn().getResponse()
                .getContentAsString(), "$.updatedAt");
        List<Integer> synced = new ArrayList<>();
        String page = "/api/v1/agreements?q=Paging&limit=1&updatedSince=" + since;
        while (page != null) {
            String body = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            synced.addAll(JsonPath.read(body, "$.items[*].id"));
            page = JsonPath.read(body, "$.next");
        }
        assertThat(synced).containsExactlyElementsOf(ids.subList(1, 3));
    }

    @Test
    void onlyEditorsWriteAndOnlyAdminsRestore() throws Exception {
        int id = create();
        String agreement = "/api/v1/agreements/" + id;
        RequestPostProcessor viewer = accounts.basic("VIEWER");

        for (MockHttpServletRequestBuilder write : List.of(
                post("/api/v1/agreements").contentType(MediaType.APPLICATION_JSON).content(ACCORD),
                put(agreement).contentType(MediaType.APPLICATION_JSON).content(ACCORD),
                patch(agreement).contentType("application/merge-patch+json").content("{}"),
                delete(agreement).param("reason", "test"),
                post(agreement + "/participations").contentType(MediaType.APPLICATION_JSON).content("{\"state\": \"KZ\", \"role\": \"PARTY\"}"),
                post(agreement + "/participations/KZ/steps").contentType(MediaType.APPLICATION_JSON).content(announced),
                delete(agreement + "/participations/KZ/steps/1").param("reason", "test"),
                delete(agreement + "/participations/KZ").param("reason", "test"))) {
            write.header(HttpHeaders.IF_MATCH, "\"0\"");
            mvc.perform(write).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(write.with(viewer)).andExpect(status().isForbidden());
        }
        mvc.perform(post(agreement + "/restore")).andExpect(status().isUnauthorized());
        mvc.perform(post(agreement + "/restore").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(post(agreement + "/restore").with(accounts.basic("ADMIN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("not-deleted"));
        mvc.perform(get(agreement)).andExpect(jsonPath("$.version").value(0));
        mvc.perform(get(agreement + "/history")).andExpect(jsonPath("$.length()").value(1));
    }

    /** A step as the API takes it, reported by Trend's interview. */
    private String step(String step, String date) {
        return "{\"step\": \"" + step + "\", \"date\": \"" + date + "\", \"sourceId\": " + trend + ", "
                + "\"quotedPassage\": \"Президент Казахстана Касым-Жомарт Токаев в ноябре 2025 года объявил о решении страны присоединиться к этим соглашениям.\"}";
    }

    /** A write by the editor, as JSON, made against {@code version}. */
    @Test
    void anAdminPutsAnEarlierVersionBackWithItsParticipationsAndSteps() throws Exception {
        String agreement = "/api/v1/agreements/" + create();
        write(post(agreement + "/participations").content("{\"state\": \"KZ\", \"role\": \"PARTY\"}"), 0)
                .andExpect(status().isCreated());
        write(post(agreement + "/participations/KZ/steps").content(announced), 1).andExpect(status().isCreated());
        write(post(agreement + "/participations/KZ/steps").content(signed), 2).andExpect(status().isCreated());

        mvc.perform(post(agreement + "/versions/2/restore").with(editor)).andExpect(status().isForbidden());
        mvc.perform(post(agreement + "/versions/9/restore").with(accounts.basic("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(post(agreement + "/versions/2/restore").with(accounts.basic("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"4\""))
                .andExpect(jsonPath("$.participations[0].stage").value("ANNOUNCED"));
        mvc.perform(get(agreement + "/history"))
                .andExpect(jsonPath("$[4].action").value("UPDATED"))
                .andExpect(jsonPath("$[4].changes[0].field").value("participations.KZ.steps.2"));
    }

    private ResultActions write(MockHttpServletRequestBuilder request, long version) throws Exception {
        return mvc.perform(request.with(editor).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\""));
    }

    private ResultActions mergePatch(String url, String body, long version) throws Exception {
        return mvc.perform(patch(url).with(editor).contentType("application/merge-patch+json").content(body)
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\""));
    }

    private int create() throws Exception {
        return create(ACCORD);
    }

    private int create(String body) throws Exception {
        return remember(mvc.perform(post("/api/v1/agreements").with(editor).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn());
    }

    private int createEventConcerning(int agreementId) throws Exception {
        String event = """
                {"kind": "AGREEMENT_STEP", "status": "PLANNED",
                 "title": {"en": "Test signing of the Caspian Water Accord"}, "date": "2026-22~", "agreementId": %d,
                 "states": [{"code": "KZ", "side": "SIGNATORY"}],
                 "sources": [{"sourceId": %d, "quotedPassage": "В 2026 году ожидаются активные официальные визиты"}]}"""
                .formatted(agreementId, trend);
        MvcResult result = mvc.perform(post("/api/v1/events").with(editor).contentType(MediaType.APPLICATION_JSON).content(event))
                .andExpect(status().isCreated()).andReturn();
        int id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        created.remember("events", "event", id);
        return id;
    }

    private int remember(MvcResult result) throws Exception {
        int id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        created.remember("agreements", "agreement", id);
        return id;
    }

    private Map<String, Long> counts(int agreementId) {
        return Map.of(
                "steps", jdbc.sql("select count(*) from participation_step ps join participation p on p.id = ps.participation_id "
                        + "where p.agreement_id = :id").param("id", agreementId).query(Long.class).single(),
                "history", jdbc.sql("select count(*) from change_log where resource = 'agreements' and record_key = :key")
                        .param("key", String.valueOf(agreementId)).query(Long.class).single());
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Map<String, Object> shippedAccords() {
        long accords = new ShippedRecord(jdbc).agreement("Abraham Accords");
        return jdbc.sql("select version, updated_at, deleted_at, (select count(*) from change_log where resource = 'agreements' "
                + "and record_key = :key) as history from agreement where id = :id")
                .param("key", String.valueOf(accords)).param("id", accords).query().singleRow();
    }
}
