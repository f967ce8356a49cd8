package org.chancery.topic.api;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ApiWriteTests;
import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.chancery.common.MergePatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SlowTest
@ChanceryIntegrationTest
class TopicApiIntegrationTests extends ApiWriteTests {

    static final String DESALINATION = """
            {"code": "test-desalination", "name": {"en": "Desalination", "ru": "Опреснение"}}""";

    private RequestPostProcessor admin;

    @BeforeEach
    void signInAnAdmin() {
        admin = accounts.basic("ADMIN");
    }

    @Test
    void anAdminAddsATopicToTheVocabulary() throws Exception {
        mvc.perform(post("/api/v1/topics").with(admin).contentType(MediaType.APPLICATION_JSON).content(DESALINATION))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, endsWith("/api/v1/topics/test-desalination")))
                .andExpect(jsonPath("$.code").value("test-desalination"))
                .andExpect(jsonPath("$.name.ru").value("Опреснение"));
        created.remember("topics", "topic", "code", "test-desalination");

        mvc.perform(get("/api/v1/topics/Test-Desalination")).andExpect(status().isOk()).andExpect(jsonPath("$.name.en").value("Desalination"));
        mvc.perform(get("/api/v1/topics").param("limit", "500").param("count", "true"))
                .andExpect(jsonPath("$.items[*].code").value(hasItem("test-desalination")))
                .andExpect(jsonPath("$.total").value(19));
        mvc.perform(get("/api/v1/topics/test-desalination/history")).andExpect(jsonPath("$[0].action").value("CREATED"));
    }

    @Test
    void theVocabularyComesByCodeInPagesThatNeitherRepeatNorSkip() throws Exception {
        List<String> codes = new ArrayList<>();
        String next = "/api/v1/topics?limit=5";
        while (next != null) {
            String page = mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            codes.addAll(JsonPath.read(page, "$.items[*].code"));
            next = JsonPath.read(page, "$.next");
        }

        assertThat(codes).hasSize(18).isSorted().contains("water", "ai", "food-security");
    }

    @Test
    void aTakenOrMalformedCodeIsRefusedAndNothingIsWritten() throws Exception {
        long before = rows("topic");

        mvc.perform(post("/api/v1/topics").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content(DESALINATION.replace("test-desalination", "water")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("water")));
        mvc.perform(post("/api/v1/topics").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"Water Resources\", \"name\": {\"en\": \"Water resources\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("code", "name.ru")));
        mvc.perform(post("/api/v1/topics").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": {\"en\": \"Desalination\", \"ru\": \"Опреснение\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("code"));

        assertThat(rows("topic")).isEqualTo(before);
        mvc.perform(get("/api/v1/topics/water")).andExpect(jsonPath("$.name.en").value("Water"));
    }

    @Test
    void namesChangeAtTheCurrentVersionButTheCodeNever() throws Exception {
        create();

        mvc.perform(put("/api/v1/topics/test-desalination").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": {\"en\": \"Desalination of water\", \"ru\": \"Опреснение воды\"}}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/topics/test-desalination").with(admin).header(HttpHeaders.IF_MATCH, "\"9\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": {\"en\": \"Desalination of water\", \"ru\": \"Опреснение воды\"}}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/v1/topics/test-desalination").with(admin).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": {\"en\": \"Desalination of water\", \"ru\": \"Опреснение воды\"}}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.name.en").value("Desalination of water"));
        mvc.perform(put("/api/v1/topics/test-desalination").with(admin).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(DESALINATION.replace("test-desalination", "test-salt")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("code"));
        mvc.perform(patch("/api/v1/topics/test-desalination").with(admin).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MergePatch.MEDIA_TYPE).content("{\"code\": \"test-salt\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("code"));
        mvc.perform(patch("/api/v1/topics/test-desalination").with(admin).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MergePatch.MEDIA_TYPE).content("{\"name\": {\"ru\": \"Опреснение морской воды\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name.en").value("Desalination of water"))
                .andExpect(jsonPath("$.name.ru").value("Опреснение морской воды"));

        mvc.perform(get("/api/v1/topics/test-desalination").header(HttpHeaders.IF_NONE_MATCH, "\"2\""))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/v1/topics/test-desalination/history"))
                .andExpect(jsonPath("$[*].action").value(contains("CREATED", "UPDATED", "UPDATED")))
                .andExpect(jsonPath("$[2].changes[0].field").value("name.ru"));
    }

    @Test
    void aTopicInUseIsNotDeletedAndAnUnusedOneIsGoneForGood() throws Exception {
        create();
        long logged = rows("change_log");

        mvc.perform(delete("/api/v1/topics/water").with(admin).header(HttpHeaders.IF_MATCH, "\"0\"").param("reason", "test"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("topic-in-use"))
                .andExpect(jsonPath("$.detail").value(containsString("This topic tags ")));
        assertThat(rows("change_log")).isEqualTo(logged);

        mvc.perform(delete("/api/v1/topics/test-desalination").with(admin).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        mvc.perform(delete("/api/v1/topics/test-desalination").with(admin).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .param("reason", "folded into water"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/topics/test-desalination")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/topics/test-desalination/history"))
                .andExpect(jsonPath("$[*].action").value(contains("CREATED", "DELETED")))
                .andExpect(jsonPath("$[1].reason").value("folded into water"));
        mvc.perform(get("/api/v1/topics/no-such-topic/history")).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsWriteTheVocabulary() throws Exception {
        create();

        refusedToAnonymousAndViewers(writes());
        for (MockHttpServletRequestBuilder write : writes()) {
            mvc.perform(write.with(editor)).andExpect(status().isForbidden());
        }

        mvc.perform(get("/api/v1/topics/test-desalination")).andExpect(jsonPath("$.version").value(0));
        assertThat(rows("topic where code = 'test-other'")).isZero();
    }

    /** Every kind of write to the vocabulary, each a new request. */
    private static MockHttpServletRequestBuilder[] writes() {
        return new MockHttpServletRequestBuilder[] {
                post("/api/v1/topics").contentType(MediaType.APPLICATION_JSON).content(DESALINATION.replace("test-desalination", "test-other")),
                put("/api/v1/topics/test-desalination").header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(DESALINATION),
                patch("/api/v1/topics/test-desalination").header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MergePatch.MEDIA_TYPE).content("{}"),
                delete("/api/v1/topics/test-desalination").header(HttpHeaders.IF_MATCH, "\"0\"").param("reason", "test")};
    }

    private void create() throws Exception {
        mvc.perform(post("/api/v1/topics").with(admin).contentType(MediaType.APPLICATION_JSON).content(DESALINATION))
                .andExpect(status().isCreated());
        created.remember("topics", "topic", "code", "test-desalination");
    }
}
