package org.chancery.source.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ApiWriteTests;
import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.SlowTest;
import org.chancery.common.MergePatch;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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

@SlowTest
@ChanceryIntegrationTest
class SourceApiIntegrationTests extends ApiWriteTests {

    static final String ARTICLE = """
            {"outlet": "Test Gazette", "title": "Test article on water cooperation", "url": "https://example.org/water",
             "language": "en", "publishedOn": "2026-02-03", "author": "A. Writer"}""";

    @Test
    void anEditorRecordsASourceThatIsThenListedAndFound() throws Exception {
        var result = mvc.perform(post("/api/v1/sources").with(editor).contentType(MediaType.APPLICATION_JSON).content(ARTICLE))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/sources/\\d+")))
                .andExpect(jsonPath("$.title").value("Test article on water cooperation"))
                .andExpect(jsonPath("$.publishedOn").value("2026-02-03"))
                .andExpect(jsonPath("$.citedBy.events").value(0))
                .andReturn();
        long id = remember(result);

        mvc.perform(get(result.getResponse().getHeader(HttpHeaders.LOCATION)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.author").value("A. Writer"));
        mvc.perform(get("/api/v1/sources").param("q", "WATER coop").param("language", "EN").param("count", "true"))
                .andExpect(jsonPath("$.items[*].id").value(contains((int) id)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/sources/" + id + "/history"))
                .andExpect(jsonPath("$[0].action").value("CREATED"))
                .andExpect(jsonPath("$[0].snapshot.title").value("Test article on water cooperation"));
    }

    @Test
    void aSourceShowsHowOftenItIsCited() throws Exception {
        mvc.perform(get(trend()))
                .andExpect(jsonPath("$.outlet").value("Trend"))
                .andExpect(jsonPath("$.citedBy.events").value(org.hamcrest.Matchers.greaterThan(0)));
    }

    @Test
    void pagesFollowNewestPublishedFirstAndNeverRepeatOrSkip() throws Exception {
        List<Integer> all = JsonPath.read(mvc.perform(get("/api/v1/sources").param("limit", "500"))
                .andReturn().getResponse().getContentAsString(), "$.items[*].id");
        List<Integer> paged = new ArrayList<>();
        String next = "/api/v1/sources?limit=2&count=true";
        while (next != null) {
            String page = mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            paged.addAll(JsonPath.read(page, "$.items[*].id"));
            next = JsonPath.read(page, "$.next");
            assertThat(next == null || !next.contains("count")).isTrue();
        }

        assertThat(paged).isEqualTo(all).hasSize(5);
        mvc.perform(get("/api/v1/sources").param("limit", "1").param("count", "true"))
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.items[0].publishedOn").value("2026-02-17"));
        mvc.perform(get("/api/v1/sources").param("publishedFrom", "2025-11-07").param("publishedTo", "2025-11-07"))
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder(2, 3)));
    }

    @Test
    void unreadableListParametersAreNamed() throws Exception {
        mvc.perform(get("/api/v1/sources").param("limit", "0").param("cursor", "forged").param("language", "русский")
                        .param("publishedFrom", "2026-02-01").param("publishedTo", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name").value(
                        containsInAnyOrder("limit", "cursor", "language", "publishedTo")));
        mvc.perform(get("/api/v1/sources").param("updatedSince", "2026-01-01T00:00:00Z").param("count", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("count"));
    }

    @Test
    void anInvalidSourceIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        long before = sources();

        mvc.perform(post("/api/v1/sources").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \" \", \"language\": \"Russian\", \"url\": \"ftp://example.org\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("title", "language", "url")));
        mvc.perform(post("/api/v1/sources").with(editor).contentType(MediaType.APPLICATION_JSON)
                        .content(ARTICLE.replace("2026-02-03", "2026-02-30")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("publishedOn"));
        mvc.perform(post("/api/v1/sources").with(editor).contentType(MediaType.TEXT_PLAIN).content(ARTICLE))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(sources()).isEqualTo(before);
    }

    @Test
    void aReplacementNeedsTheCurrentVersionAndAPatchChangesOnlyWhatItNames() throws Exception {
        long id = create();
        String corrected = ARTICLE.replace("A. Writer", "B. Writer");

        mvc.perform(put("/api/v1/sources/" + id).with(editor).contentType(MediaType.APPLICATION_JSON).content(corrected))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON).content(corrected))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(0));
        mvc.perform(put("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(corrected))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.author").value("B. Writer"));

        mvc.perform(patch("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MergePatch.MEDIA_TYPE).content("{\"url\": null, \"outlet\": \"Test Herald\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.url").doesNotExist())
                .andExpect(jsonPath("$.outlet").value("Test Herald"))
                .andExpect(jsonPath("$.author").value("B. Writer"));
        mvc.perform(patch("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"2\"")
                        .contentType(MergePatch.MEDIA_TYPE).content("{\"title\": null}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("title"));

        mvc.perform(get("/api/v1/sources/" + id).header(HttpHeaders.IF_NONE_MATCH, "\"2\""))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/v1/sources/" + id + "/history"))
                .andExpect(jsonPath("$[*].action").value(contains("CREATED", "UPDATED", "UPDATED")))
                .andExpect(jsonPath("$[2].changes[*].field").value(containsInAnyOrder("outlet", "url")));
    }

    @Test
    void aLatePatchKeepsTheOtherChangesAndIsStaleOnlyWhereItMeetsThem() throws Exception {
        long id = create();
        mvc.perform(patch("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MergePatch.MEDIA_TYPE).content("{\"author\": \"B. Writer\"}"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));

        mvc.perform(patch("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MergePatch.MEDIA_TYPE).content("{\"outlet\": \"Test Herald\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.outlet").value("Test Herald"))
                .andExpect(jsonPath("$.author").value("B. Writer"));
        mvc.perform(patch("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MergePatch.MEDIA_TYPE).content("{\"author\": \"C. Writer\", \"language\": \"ru\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(2));

        mvc.perform(get("/api/v1/sources/" + id))
                .andExpect(jsonPath("$.author").value("B. Writer"))
                .andExpect(jsonPath("$.language").value("en"));
    }

    @Test
    void ifMatchIsReadAsRfc9110SaysAnEntityTagThatNamesNoCurrentVersionFailsThePrecondition() throws Exception {
        long id = create();
        String corrected = ARTICLE.replace("A. Writer", "C. Writer");

        for (String stale : new String[] {"\"stale-version\"", "W/\"0\"", "\"4\", \"5\""}) {
            mvc.perform(put("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, stale)
                            .contentType(MediaType.APPLICATION_JSON).content(corrected))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.currentVersion").value(0));
        }
        mvc.perform(put("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, "not an entity tag")
                        .contentType(MediaType.APPLICATION_JSON).content(corrected))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("If-Match"));
        mvc.perform(get("/api/v1/sources/" + id)).andExpect(jsonPath("$.author").value("A. Writer"));

        mvc.perform(put("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"7\", \"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(corrected))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        mvc.perform(put("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, "*")
                        .contentType(MediaType.APPLICATION_JSON).content(ARTICLE))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.author").value("A. Writer"));
        mvc.perform(put("/api/v1/sources/999999").with(editor).header(HttpHeaders.IF_MATCH, "*")
                        .contentType(MediaType.APPLICATION_JSON).content(ARTICLE))
                .andExpect(status().isNotFound());
    }

    @Test
    void deletingLeavesATombstoneForSyncAndAnAdminCanRestore() throws Exception {
        long id = create();
        String since = JsonPath.read(mvc.perform(get("/api/v1/sources/" + id)).andReturn().getResponse().getContentAsString(),
                "$.updatedAt");

        mvc.perform(delete("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reason"));
        mvc.perform(delete("/api/v1/sources/" + id).with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .param("reason", "a duplicate of another source"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/sources/" + id))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.detail").value(containsString("a duplicate of another source")));
        mvc.perform(get("/api/v1/sources").param("limit", "500")).andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
        mvc.perform(get("/api/v1/sources").param("updatedSince", since))
                .andExpect(jsonPath("$.deleted[*].id").value(hasItem((int) id)))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));

        mvc.perform(post("/api/v1/sources/" + id + "/restore").with(editor)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sources/" + id + "/restore").with(accounts.basic("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        mvc.perform(get("/api/v1/sources/" + id + "/history"))
                .andExpect(jsonPath("$[*].action").value(contains("CREATED", "DELETED", "RESTORED")))
                .andExpect(jsonPath("$[1].reason").value("a duplicate of another source"));
    }

    @Test
    void aCitedSourceIsNotDeletedAndTheRefusalSaysByWhat() throws Exception {
        String etag = mvc.perform(get(trend())).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        long logged = rows("change_log");

        mvc.perform(delete(trend()).with(editor).header(HttpHeaders.IF_MATCH, etag).param("reason", "test"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("source-cited"))
                .andExpect(jsonPath("$.detail").value(matchesPattern("This source is cited by \\d+ events?.*")));

        mvc.perform(get(trend())).andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, etag));
        assertThat(rows("change_log")).isEqualTo(logged);
    }

    @Test
    void unknownSourcesAreProblems() throws Exception {
        mvc.perform(get("/api/v1/sources/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/sources/999999").with(editor).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(ARTICLE))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sources/999999/history")).andExpect(status().isNotFound());
    }

    @Test
    void onlyEditorsWriteSources() throws Exception {
        long id = create();
        long before = sources();

        refusedToAnonymousAndViewers(
                post("/api/v1/sources").contentType(MediaType.APPLICATION_JSON).content(ARTICLE),
                put("/api/v1/sources/" + id).header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content(ARTICLE),
                patch("/api/v1/sources/" + id).header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MergePatch.MEDIA_TYPE).content("{}"),
                delete("/api/v1/sources/" + id).header(HttpHeaders.IF_MATCH, "\"0\"").param("reason", "test"),
                post("/api/v1/sources/" + id + "/restore"));

        assertThat(sources()).isEqualTo(before);
        mvc.perform(get("/api/v1/sources/" + id)).andExpect(jsonPath("$.version").value(0));
    }

    private long create() throws Exception {
        return remember(mvc.perform(post("/api/v1/sources").with(editor).contentType(MediaType.APPLICATION_JSON).content(ARTICLE))
                .andExpect(status().isCreated()).andReturn());
    }

    private long remember(MvcResult result) throws Exception {
        return created.remember("sources", "source", idOf(result));
    }

    private long sources() {
        return rows("source");
    }

    /** Trend's article of 17 February 2026, which events cite. */
    private String trend() {
        return "/api/v1" + ShippedRecord.address("sources", new ShippedRecord(jdbc).source("Trend", LocalDate.of(2026, 2, 17)));
    }
}
