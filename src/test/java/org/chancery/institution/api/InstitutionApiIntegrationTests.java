package org.chancery.institution.api;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ApiWriteTests;
import org.chancery.ShippedRecord;
import org.chancery.ChanceryIntegrationTest;
import org.chancery.common.MergePatch;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
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
class InstitutionApiIntegrationTests extends ApiWriteTests {

    static final String MINISTRY = """
            {"name": {"en": "Test Ministry of Agriculture of Kazakhstan", "ru": "Тестовое министерство сельского хозяйства"},
             "state": "KZ", "kind": "MINISTRY"}""";

    @Test
    void anEditorRecordsAnInstitutionThatIsThenListedAndFound() throws Exception {
        var result = mvc.perform(post("/api/v1/institutions").with(editor).contentType(MediaType.APPLICATION_JSON).content(MINISTRY))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/institutions/\\d+")))
                .andExpect(jsonPath("$.name.ru").value("Тестовое министерство сельского хозяйства"))
                .andExpect(jsonPath("$.kind").value("MINISTRY"))
                .andReturn();
        long id = remember(result);

        mvc.perform(get(result.getResponse().getHeader(HttpHeaders.LOCATION)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("KZ"));
        mvc.perform(get("/api/v1/institutions").param("state", "kz").param("kind", "ministry").param("q", "сельского")
                        .param("count", "true"))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) id)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/institutions/" + id + "/history"))
                .andExpect(jsonPath("$[0].action").value("CREATED"))
                .andExpect(jsonPath("$[0].snapshot.kind").value("MINISTRY"));
    }

    @Test
    void institutionsComeByNameInKeysetPages() throws Exception {
        mvc.perform(get("/api/v1/institutions").param("state", "IL"))
                .andExpect(jsonPath("$.items[*].state").value(everyItem(is("IL"))))
                .andExpect(jsonPath("$.items[*].name.en").value(contains("Cybersecurity Directorate",
                        "Israel Water Authority", "Knesset", "Ministry of Foreign Affairs of Israel",
                        "Ministry of Regional Cooperation of Israel")));
        String first = mvc.perform(get("/api/v1/institutions").param("limit", "2").param("count", "true"))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        long total = ((Number) JsonPath.read(first, "$.total")).longValue();
        String second = mvc.perform(get((String) JsonPath.read(first, "$.next")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(total).isGreaterThan(2);
        List<String> firstNames = JsonPath.read(first, "$.items[*].name.en");
        List<String> secondNames = JsonPath.read(second, "$.items[*].name.en");
        assertThat(secondNames.getFirst()).isGreaterThanOrEqualTo(firstNames.getLast());
        assertThat(secondNames).doesNotContainAnyElementsOf(firstNames);
        mvc.perform(get("/api/v1/institutions").param("state", "XX").param("kind", "TEMPLE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("state", "kind")));
    }

    @Test
    void anInvalidInstitutionIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        long before = institutions();

        mvc.perform(post("/api/v1/institutions").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": {\"en\": \"Only English\"}, \"state\": \"kz\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("name.ru", "state", "kind")));
        mvc.perform(post("/api/v1/institutions").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(MINISTRY.replace("\"KZ\"", "\"QQ\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("state"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("no state has this ISO code"));
        mvc.perform(post("/api/v1/institutions").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(MINISTRY.replace("MINISTRY", "TEMPLE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("kind"));
        mvc.perform(post("/api/v1/institutions").with(editor).contentType(MediaType.APPLICATION_XML).content("<institution/>"))
                .andExpect(status().isUnsupportedMediaType());

        assertThat(institutions()).isEqualTo(before);
    }

    @Test
    void aReplacementNeedsTheCurrentVersionAndAPatchChangesOnlyWhatItNames() throws Exception {
        long id = create();
        String renamed = MINISTRY.replace("Test Ministry of Agriculture", "Test Ministry of Agriculture and Food");

        mvc.perform(put("/api/v1/institutions/" + id).with(editor).contentType(MediaType.APPLICATION_JSON).content(renamed))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/institutions/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(renamed))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/v1/institutions/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(renamed))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.name.en").value("Test Ministry of Agriculture and Food of Kazakhstan"));

        mvc.perform(patch("/api/v1/institutions/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MergePatch.MEDIA_TYPE).content("{\"state\": null, \"kind\": \"AGENCY\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").doesNotExist())
                .andExpect(jsonPath("$.kind").value("AGENCY"))
                .andExpect(jsonPath("$.name.ru").value("Тестовое министерство сельского хозяйства"));
        mvc.perform(patch("/api/v1/institutions/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"AGENCY\"}"))
                .andExpect(status().isUnsupportedMediaType());

        mvc.perform(get("/api/v1/institutions/" + id).header(HttpHeaders.IF_NONE_MATCH, "\"2\""))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/v1/institutions/" + id + "/history"))
                .andExpect(jsonPath("$[*].action").value(contains("CREATED", "UPDATED", "UPDATED")))
                .andExpect(jsonPath("$[1].changes[0].field").value("name.en"))
                .andExpect(jsonPath("$[2].changes[*].field").value(containsInAnyOrder("state", "kind")));
    }

    @Test
    void deletingLeavesATombstoneForSyncAndAnAdminCanRestore() throws Exception {
        long id = create();
        String since = JsonPath.read(mvc.perform(get("/api/v1/institutions/" + id)).andReturn().getResponse()
                .getContentAsString(), "$.updatedAt");

        mvc.perform(delete("/api/v1/institutions/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .param("reason", "merged into another ministry"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/institutions/" + id))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.detail").value(containsString("merged into another ministry")));
        mvc.perform(patch("/api/v1/institutions/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MergePatch.MEDIA_TYPE).content("{}"))
                .andExpect(status().isGone());
        mvc.perform(get("/api/v1/institutions").param("limit", "500"))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
        mvc.perform(get("/api/v1/institutions").param("updatedSince", since))
                .andExpect(jsonPath("$.deleted[*].id").value(hasItem((int) id)));

        mvc.perform(post("/api/v1/institutions/" + id + "/restore").with(editor)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/institutions/" + id + "/restore").with(accounts.basic("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/v1/institutions/" + id + "/history"))
                .andExpect(jsonPath("$[*].action").value(contains("CREATED", "DELETED", "RESTORED")));
    }

    @Test
    void anInstitutionThatOfficesBelongToOrEventsNameIsNotDeleted() throws Exception {
        long logged = changes();
        String knesset = "/api/v1" + ShippedRecord.address("institutions", new ShippedRecord(jdbc).institution("Knesset"));

        mvc.perform(delete(knesset).with(editor).header(HttpHeaders.IF_MATCH, "*").param("reason", "test"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("institution-in-use"))
                .andExpect(jsonPath("$.detail").value(containsString("1 office")));

        mvc.perform(get(knesset)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        assertThat(changes()).isEqualTo(logged);
    }

    @Test
    void onlyEditorsWriteInstitutions() throws Exception {
        long id = create();
        long before = institutions();

        refusedToAnonymousAndViewers(
                post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON).content(MINISTRY),
                put("/api/v1/institutions/" + id).header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(MINISTRY),
                patch("/api/v1/institutions/" + id).header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MergePatch.MEDIA_TYPE).content("{}"),
                delete("/api/v1/institutions/" + id).header(HttpHeaders.IF_MATCH, "\"0\"").param("reason", "test"),
                post("/api/v1/institutions/" + id + "/restore"));

        assertThat(institutions()).isEqualTo(before);
        mvc.perform(get("/api/v1/institutions/999999")).andExpect(status().isNotFound());
    }

    private long create() throws Exception {
        return remember(mvc.perform(post("/api/v1/institutions").with(editor).contentType(MediaType.APPLICATION_JSON)
                .content(MINISTRY)).andExpect(status().isCreated()).andReturn());
    }

    private long remember(MvcResult result) throws Exception {
        return created.remember("institutions", "institution", idOf(result));
    }

    private long institutions() {
        return rows("institution");
    }

    private long changes() {
        return rows("change_log");
    }
}
