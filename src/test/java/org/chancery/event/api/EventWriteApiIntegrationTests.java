package org.chancery.event.api;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ChanceryIntegrationTest;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChanceryIntegrationTest
class EventWriteApiIntegrationTests {

    /** A visit with Kosherbayev as guest and Saar as host, citing Trend's interview: fill in their ids. */
    private static final String VISIT = """
            {"kind": "VISIT", "status": "HAPPENED",
             "title": {"en": "Test visit of the Kazakh foreign minister to Israel", "ru": "Тестовый визит"},
             "date": "2026-02",
             "place": {"name": {"en": "Jerusalem"}, "state": "IL"},
             "visit": {"level": "MINISTERIAL", "kind": "OFFICIAL"},
             "states": [{"code": "KZ", "side": "GUEST"}, {"code": "IL", "side": "HOST"}],
             "participants": [{"personId": %d, "role": "GUEST"}, {"personId": %d, "role": "HOST"}],
             "topics": ["water"],
             "sources": [{"sourceId": %d, "quotedPassage": "В 2026 году ожидаются активные официальные визиты"}]}""";

    /** The visit as the API takes it, with the shipped record's ids of its persons and source. */
    static String visit(JdbcClient jdbc) {
        ShippedRecord record = new ShippedRecord(jdbc);
        return VISIT.formatted(record.person("Yermek Kosherbayev"), record.person("Gideon Saar"), record.trendInterview());
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    private TestAccounts accounts;
    private RequestPostProcessor editor;
    private String visit;
    private final List<Integer> created = new ArrayList<>();

    @BeforeEach
    void signIn() {
        accounts = new TestAccounts(jdbc, encoder);
        editor = accounts.basic("EDITOR");
        visit = visit(jdbc);
    }

    @AfterEach
    void cleanUp() {
        if (!created.isEmpty()) {
            List<String> keys = created.stream().map(String::valueOf).toList();
            jdbc.sql("delete from change_log where resource = 'events' and record_key in (:keys)").param("keys", keys).update();
            jdbc.sql("delete from event where id in (:ids)").param("ids", created).update();
        }
        accounts.removeAll();
    }

    @Test
    void anEditorRecordsAVisitWithItsParticipantsAndSource() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/events").with(editor)
                        .contentType(MediaType.APPLICATION_JSON).content(visit))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.matchesPattern(".*/api/v1/events/\\d+")))
                .andExpect(jsonPath("$.date.edtf").value("2026-02"))
                .andExpect(jsonPath("$.date.earliest").value("2026-02-01"))
                .andExpect(jsonPath("$.visit.level").value("MINISTERIAL"))
                .andExpect(jsonPath("$.participants[*].office.en").value(hasItem("Minister of Foreign Affairs of Kazakhstan")))
                .andExpect(jsonPath("$.sources[0].outlet").value("Trend"))
                .andReturn();
        int id = remember(result);

        mvc.perform(get("/api/v1/events").param("state", "KZ").param("counterpart", "IL").param("q", "Test visit"))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
        mvc.perform(get("/api/v1/events/" + id + "/history"))
                .andExpect(jsonPath("$[0].action").value("CREATED"))
                .andExpect(jsonPath("$[0].actor").value(org.hamcrest.Matchers.startsWith("editor-")))
                .andExpect(jsonPath("$[0].changes[*].field").value(hasItem("participants")));
    }

    @Test
    void anEventWithoutSourceIsRefusedAndNothingIsWritten() throws Exception {
        long before = events();

        mvc.perform(post("/api/v1/events").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(visit.replaceFirst("\"sources\": \\[.*]}", "\"sources\": []}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name").value(hasItem("sources")));

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void everyUnknownReferenceIsNamed() throws Exception {
        String body = visit.replace("\"code\": \"IL\"", "\"code\": \"QQ\"").replaceFirst("\"personId\": \\d+", "\"personId\": 99999")
                .replaceFirst("\"sourceId\": \\d+", "\"sourceId\": 99999").replace("\"water\"", "\"weather\"");

        mvc.perform(post("/api/v1/events").with(editor).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder(
                        "states[1].code", "participants[0].personId", "sources[0].sourceId", "topics[0]")));
    }

    @Test
    void anImpossibleDateIsABadRequestAndAnEndBeforeItsStartIsRefusedByTheRules() throws Exception {
        mvc.perform(post("/api/v1/events").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(visit.replace("\"2026-02\"", "\"2026-13\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("date"));
        mvc.perform(post("/api/v1/events").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(visit.replace("\"2026-02\"", "\"2026-02/2026-01\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("date-end-before-start"));
    }

    @Test
    void aHappenedEventCannotBeginAfterItsLatestSourceWasPublished() throws Exception {
        long before = events();

        // Trend's interview was published on 17 February 2026: it cannot report a visit of March as past
        mvc.perform(post("/api/v1/events").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(visit.replace("\"2026-02\"", "\"2026-03\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].name").value("date"))
                .andExpect(jsonPath("$.invalidParams[0].reason")
                        .value("a happened event cannot begin after the day its latest source was published"));
        assertThat(events()).isEqualTo(before);

        // the same source may announce it as planned, and may report the day it was published
        remember(mvc.perform(post("/api/v1/events").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(visit.replace("\"2026-02\"", "\"2026-03\"").replace("\"HAPPENED\"", "\"PLANNED\"")))
                .andExpect(status().isCreated()).andReturn());
        remember(mvc.perform(post("/api/v1/events").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(visit.replace("\"2026-02\"", "\"2026-02-17\"")))
                .andExpect(status().isCreated()).andReturn());
    }

    @Test
    void aVisitsFieldsOnACallAreRefused() throws Exception {
        mvc.perform(post("/api/v1/events").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(visit.replace("\"kind\": \"VISIT\"", "\"kind\": \"CALL\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("event-kind-fields"));
    }

    @Test
    void unreadableBodiesAndWrongMediaTypesAreProblems() throws Exception {
        mvc.perform(post("/api/v1/events").with(editor).contentType(MediaType.APPLICATION_JSON).content("{\"kind\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/events").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(visit.replace("\"VISIT\"", "\"PICNIC\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("kind"));
        mvc.perform(post("/api/v1/events").with(editor).contentType(MediaType.TEXT_PLAIN).content(visit))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aStaleWriteIsRefusedAndACurrentOneWins() throws Exception {
        int id = create();
        String changed = visit.replace("\"2026-02\"", "\"2026-02-12\"");

        mvc.perform(put("/api/v1/events/" + id).with(editor).contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/events/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(0));
        mvc.perform(get("/api/v1/events/" + id)).andExpect(jsonPath("$.date.edtf").value("2026-02"));

        mvc.perform(put("/api/v1/events/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.date.edtf").value("2026-02-12"));
        mvc.perform(put("/api/v1/events/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(visit))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void aMergePatchChangesOnlyWhatItNames() throws Exception {
        int id = create();

        mvc.perform(patch("/api/v1/events/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType("application/merge-patch+json")
                        .content("{\"date\": \"2026-02-12\", \"summary\": {\"en\": \"Talks on water.\"}, \"topics\": null}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date.edtf").value("2026-02-12"))
                .andExpect(jsonPath("$.summary.en").value("Talks on water."))
                .andExpect(jsonPath("$.topics").isEmpty())
                .andExpect(jsonPath("$.participants.length()").value(2))
                .andExpect(jsonPath("$.title.ru").value("Тестовый визит"));

        mvc.perform(patch("/api/v1/events/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType("application/merge-patch+json").content("{\"sources\": null}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("sources"));
        mvc.perform(get("/api/v1/events/" + id)).andExpect(jsonPath("$.sources.length()").value(1));
    }

    @Test
    void aConditionalReadOfAnUnchangedEventIsNotModified() throws Exception {
        String saarVisit = "/api/v1/events/" + new ShippedRecord(jdbc).event("Israeli Foreign Minister Gideon Saar visits Astana");
        mvc.perform(get(saarVisit).header(HttpHeaders.IF_NONE_MATCH, "\"0\""))
                .andExpect(status().isNotModified());
        mvc.perform(get(saarVisit).header(HttpHeaders.IF_NONE_MATCH, "\"41\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""));
        mvc.perform(get("/api/v1/events/" + ShippedRecord.NO_RECORD))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void deletingKeepsATombstoneForSyncAndAnAdminCanRestore() throws Exception {
        int id = create();
        String since = JsonPath.read(mvc.perform(get("/api/v1/events/" + id)).andReturn().getResponse().getContentAsString(),
                "$.updatedAt");

        mvc.perform(delete("/api/v1/events/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        mvc.perform(delete("/api/v1/events/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .param("reason", "entered twice"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/events/" + id)).andExpect(status().isGone());
        mvc.perform(get("/api/v1/events").param("limit", "500")).andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
        // the feed hands out a change once no transaction of this database older than it is
        // still open (docs/api.md): another client's may hold it back a moment
        String changes = "";
        for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline; Thread.sleep(200)) {
            changes = mvc.perform(get("/api/v1/events").param("updatedSince", since)).andReturn().getResponse().getContentAsString();
            if (!JsonPath.<List<Integer>>read(changes, "$.deleted[*].id").isEmpty()) {
                break;
            }
        }
        assertThat(JsonPath.<List<Integer>>read(changes, "$.deleted[*].id")).contains(id);
        assertThat(JsonPath.<List<Integer>>read(changes, "$.items[*].id")).doesNotContain(id);

        mvc.perform(post("/api/v1/events/" + id + "/restore").with(editor)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/events/" + id + "/restore").with(accounts.basic("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/v1/events/" + id + "/history"))
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("CREATED", "DELETED", "RESTORED")))
                .andExpect(jsonPath("$[1].reason").value("entered twice"));
    }

    @Test
    void theHistoryNamesEachFieldBeforeAndAfter() throws Exception {
        int id = create();
        mvc.perform(patch("/api/v1/events/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType("application/merge-patch+json").content("{\"date\": \"2026-02-12\"}")).andExpect(status().isOk());

        mvc.perform(get("/api/v1/events/" + id + "/history"))
                .andExpect(jsonPath("$[1].action").value("UPDATED"))
                .andExpect(jsonPath("$[1].changes[0].field").value("date"))
                .andExpect(jsonPath("$[1].changes[0].before").value("2026-02"))
                .andExpect(jsonPath("$[1].changes[0].after").value("2026-02-12"));
    }

    @Test
    void anAdminPutsAnEarlierVersionBackAsANewVersion() throws Exception {
        int id = create();
        mvc.perform(patch("/api/v1/events/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType("application/merge-patch+json").content("{\"date\": \"2026-02-12\"}")).andExpect(status().isOk());

        mvc.perform(post("/api/v1/events/" + id + "/versions/0/restore").with(editor)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/events/" + id + "/versions/7/restore").with(accounts.basic("ADMIN")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/events/" + id + "/versions/0/restore").with(accounts.basic("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.date.edtf").value("2026-02"));
        mvc.perform(get("/api/v1/events/" + id + "/history"))
                .andExpect(jsonPath("$[2].action").value("UPDATED"))
                .andExpect(jsonPath("$[2].changes[0].before").value("2026-02-12"))
                .andExpect(jsonPath("$[2].changes[0].after").value("2026-02"));
    }

    @Test
    void onlyEditorsWriteAndOnlyAdminsRestore() throws Exception {
        int id = create();
        RequestPostProcessor viewer = accounts.basic("VIEWER");

        mvc.perform(post("/api/v1/events").contentType(MediaType.APPLICATION_JSON).content(visit))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/events").with(viewer).contentType(MediaType.APPLICATION_JSON).content(visit))
                .andExpect(status().isForbidden());
        for (var write : List.of(put("/api/v1/events/" + id).contentType(MediaType.APPLICATION_JSON).content(visit),
                patch("/api/v1/events/" + id).contentType("application/merge-patch+json").content("{}"),
                delete("/api/v1/events/" + id).param("reason", "test"))) {
            write.header(HttpHeaders.IF_MATCH, "\"0\"");
            mvc.perform(write).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(write.with(viewer)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/events/" + id + "/restore")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/events/" + id)).andExpect(jsonPath("$.version").value(0));
    }

    private int create() throws Exception {
        return remember(mvc.perform(post("/api/v1/events").with(editor)
                .contentType(MediaType.APPLICATION_JSON).content(visit)).andExpect(status().isCreated()).andReturn());
    }

    private int remember(MvcResult result) throws Exception {
        int id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        created.add(id);
        return id;
    }

    private long events() {
        return jdbc.sql("select count(*) from event").query(Long.class).single();
    }
}
