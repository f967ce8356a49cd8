package org.chancery.economy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

/** Writing economic figures. Every test removes the figures it made, with their history; the shipped four are only read. */
@SlowTest
@ChanceryIntegrationTest
class EconomicFigureWriteApiIntegrationTests {

    /** Kazakhstan's exports to Israel, citing the Nezavisimaya Gazeta article: fill in its id. */
    private static final String EXPORTS_CITING = """
            {"reporter": "KZ", "partner": "IL", "indicator": "EXPORTS", "period": "2025-36",
             "amount": "41000000.50", "currency": "USD", "qualifier": "ABOUT",
             "change": {"percent": "12.5", "qualifier": "EXACT"},
             "basis": {"en": "A figure made up for a test"},
             "sourceId": %d, "quotedPassage": "товарооборот по итогам 2025 года достиг 162 млн долл."}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    private TestAccounts accounts;
    private CreatedRecords created;
    private RequestPostProcessor editor;
    private long article;
    private String exports;

    @BeforeEach
    void signIn() {
        accounts = new TestAccounts(jdbc, encoder);
        created = new CreatedRecords(jdbc);
        editor = accounts.basic("EDITOR");
        article = new ShippedRecord(jdbc).source("Независимая газета (CentrAsia)", LocalDate.of(2026, 1, 27));
        exports = EXPORTS_CITING.formatted(article);
    }

    @AfterEach
    void cleanUp() {
        created.removeAll();
        accounts.removeAll();
    }

    @Test
    void anEditorRecordsAFigureWithItsSource() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/economic-figures").with(editor)
                        .contentType(MediaType.APPLICATION_JSON).content(exports))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.matchesPattern(".*/api/v1/economic-figures/\\d+")))
                .andExpect(jsonPath("$.period.edtf").value("2025-36"))
                .andExpect(jsonPath("$.period.precision").value("QUARTER"))
                .andExpect(jsonPath("$.amount").value("41000000.5"))
                .andExpect(jsonPath("$.change.percent").value("12.5"))
                .andExpect(jsonPath("$.source.outlet").value("Независимая газета (CentrAsia)"))
                .andExpect(jsonPath("$.source.quotedPassage").value("товарооборот по итогам 2025 года достиг 162 млн долл."))
                .andReturn();
        int id = remember(result);

        mvc.perform(get("/api/v1/economic-figures").param("state", "IL").param("counterpart", "KZ").param("indicator", "EXPORTS"))
                .andExpect(jsonPath("$.items[*].id").value(contains(id)));
        mvc.perform(get("/api/v1/economic-figures/" + id + "/history"))
                .andExpect(jsonPath("$[0].action").value("CREATED"))
                .andExpect(jsonPath("$[0].snapshot.amount").value("41000000.5"));
    }

    @Test
    void anAmountMayComeAsAJsonNumberAndIsReadExactly() throws Exception {
        int id = remember(mvc.perform(post("/api/v1/economic-figures").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(exports.replace("\"41000000.50\"", "12345678901234567.89")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value("12345678901234567.89"))
                .andReturn());

        assertThat(jdbc.sql("select amount::text from economic_figure where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("12345678901234567.89");
    }

    @Test
    void whatTheRulesRefuseIsUnprocessableAndNothingIsWritten() throws Exception {
        Map<String, Long> before = counts();

        create(exports.replace("\"41000000.50\"", "\"-5\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("amount-not-negative"));
        create(exports.replace("\"41000000.50\"", "\"41000000.505\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("amount-scale"));
        create(exports.replace("\"partner\": \"IL\"", "\"partner\": \"KZ\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("figure-two-states"));
        create(exports.replace("\"2025-36\"", "\"2025-10-01\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("figure-period"));
        create(exports.replace("\"12.5\"", "\"12.555\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("change-scale"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whatCannotBeReadOrNamesNothingIsABadRequestNamingEachField() throws Exception {
        Map<String, Long> before = counts();

        create(exports.replace("\"USD\"", "\"XYZ\"").replace("\"reporter\": \"KZ\"", "\"reporter\": \"QQ\"")
                        .replace("\"sourceId\": 4", "\"sourceId\": 99999").replace("\"41000000.50\"", "\"forty million\"")
                        .replace("\"2025-36\"", "\"2025-37\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder(
                        "currency", "reporter", "sourceId", "amount", "period")));
        create(exports.replace("\"USD\"", "\"usd\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(contains("currency")));
        create(exports.replace("\"sourceId\": " + article + ", ", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(contains("sourceId")))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("name the source: every figure carries its source"));
        create(exports.replace("\"EXPORTS\"", "\"GDP\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("indicator"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aStaleWriteIsRefusedUnlessItMeetsNoChangeMadeSinceAndACurrentOneWins() throws Exception {
        int id = remember(create(exports).andExpect(status().isCreated()).andReturn());
        String figure = "/api/v1/economic-figures/" + id;
        String changed = exports.replace("\"41000000.50\"", "\"42000000\"");

        mvc.perform(put(figure).with(editor).contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isPreconditionRequired());
        write(put(figure).contentType(MediaType.APPLICATION_JSON).content(changed), 3)
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(0));
        write(put(figure).contentType(MediaType.APPLICATION_JSON).content(changed), 0)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.amount").value("42000000"));
        write(patch(figure).contentType("application/merge-patch+json").content("{\"amount\": \"43000000\"}"), 0)
                .andExpect(status().isPreconditionFailed());
        write(patch(figure).contentType("application/merge-patch+json").content("{\"qualifier\": \"EXACT\"}"), 0)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(get(figure)).andExpect(jsonPath("$.qualifier").value("EXACT")).andExpect(jsonPath("$.amount").value("42000000"));
    }

    @Test
    void aMergePatchChangesOnlyWhatItNamesAndTheHistorySaysWhat() throws Exception {
        int id = remember(create(exports).andExpect(status().isCreated()).andReturn());
        String figure = "/api/v1/economic-figures/" + id;

        write(patch(figure).contentType("application/merge-patch+json")
                        .content("{\"amount\": 39500000, \"change\": {\"percent\": \"-3\"}, \"basis\": null}"), 0)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value("39500000"))
                .andExpect(jsonPath("$.change.percent").value("-3"))
                .andExpect(jsonPath("$.change.qualifier").value("EXACT"))
                .andExpect(jsonPath("$.basis.en").doesNotExist())
                .andExpect(jsonPath("$.period.edtf").value("2025-36"));
        write(patch(figure).contentType("application/merge-patch+json").content("{\"sourceId\": null}"), 1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("sourceId"));

        mvc.perform(get(figure + "/history"))
                .andExpect(jsonPath("$[1].action").value("UPDATED"))
                .andExpect(jsonPath("$[1].changes[*].field").value(containsInAnyOrder("amount", "change.percent", "basis")))
                .andExpect(jsonPath("$[1].changes[?(@.field == 'amount')].before").value(contains("41000000.5")))
                .andExpect(jsonPath("$[1].changes[?(@.field == 'amount')].after").value(contains("39500000")));
    }

    @Test
    void anAdminPutsAnEarlierVersionBackAsANewVersion() throws Exception {
        int id = remember(create(exports).andExpect(status().isCreated()).andReturn());
        String figure = "/api/v1/economic-figures/" + id;
        write(patch(figure).contentType("application/merge-patch+json").content("{\"amount\": 39500000}"), 0)
                .andExpect(status().isOk());

        mvc.perform(post(figure + "/versions/0/restore").with(editor)).andExpect(status().isForbidden());
        mvc.perform(post(figure + "/versions/7/restore").with(accounts.basic("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(post(figure + "/versions/0/restore").with(accounts.basic("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.amount").value("41000000.5"));
    }

    @Test
    void deletingKeepsATombstoneForSyncAndAnAdminCanRestore() throws Exception {
        int id = remember(create(exports).andExpect(status().isCreated()).andReturn());
        String figure = "/api/v1/economic-figures/" + id;
        String since = JsonPath.read(mvc.perform(get(figure)).andReturn().getResponse().getContentAsString(), "$.updatedAt");

        write(delete(figure), 0)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        write(delete(figure).param("reason", "the article gives turnover, not exports"), 0)
                .andExpect(status().isNoContent());

        mvc.perform(get(figure)).andExpect(status().isGone());
        mvc.perform(get("/api/v1/economic-figures").param("state", "KZ")).andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
        mvc.perform(get("/api/v1/economic-figures").param("updatedSince", since))
                .andExpect(jsonPath("$.deleted[*].id").value(hasItem(id)))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));

        mvc.perform(post(figure + "/restore").with(editor)).andExpect(status().isForbidden());
        mvc.perform(post(figure + "/restore").with(accounts.basic("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value("41000000.5"));
        mvc.perform(get(figure + "/history"))
                .andExpect(jsonPath("$[*].action").value(contains("CREATED", "DELETED", "RESTORED")))
                .andExpect(jsonPath("$[1].reason").value("the article gives turnover, not exports"));
    }

    @Test
    void onlyEditorsWriteAndOnlyAdminsRestore() throws Exception {
        int id = remember(create(exports).andExpect(status().isCreated()).andReturn());
        String figure = "/api/v1/economic-figures/" + id;
        RequestPostProcessor viewer = accounts.basic("VIEWER");

        for (MockHttpServletRequestBuilder write : List.of(
                post("/api/v1/economic-figures").contentType(MediaType.APPLICATION_JSON).content(exports),
                put(figure).contentType(MediaType.APPLICATION_JSON).content(exports),
                patch(figure).contentType("application/merge-patch+json").content("{}"),
                delete(figure).param("reason", "test"))) {
            write.header(HttpHeaders.IF_MATCH, "\"0\"");
            mvc.perform(write).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(write.with(viewer)).andExpect(status().isForbidden());
        }
        mvc.perform(post(figure + "/restore")).andExpect(status().isUnauthorized());
        mvc.perform(get(figure)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/v1" + ShippedRecord.address("economic-figures",
                new ShippedRecord(jdbc).figure("KZ", "IL", "TRADE_TURNOVER")))).andExpect(jsonPath("$.version").value(0));
    }

    private ResultActions create(String body) throws Exception {
        return mvc.perform(post("/api/v1/economic-figures").with(editor).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions write(MockHttpServletRequestBuilder request, long version) throws Exception {
        return mvc.perform(request.with(editor).header(HttpHeaders.IF_MATCH, "\"" + version + "\""));
    }

    private int remember(MvcResult result) throws Exception {
        int id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        created.remember("economic-figures", "economic_figure", id);
        return id;
    }

    private Map<String, Long> counts() {
        return Map.of(
                "figures", jdbc.sql("select count(*) from economic_figure").query(Long.class).single(),
                "history", jdbc.sql("select count(*) from change_log where resource = 'economic-figures'").query(Long.class).single());
    }
}
