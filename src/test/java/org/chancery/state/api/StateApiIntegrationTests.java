package org.chancery.state.api;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ApiWriteTests;
import org.chancery.ChanceryIntegrationTest;
import org.chancery.common.MergePatch;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
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
class StateApiIntegrationTests extends ApiWriteTests {

    @Test
    void aStateIsReadByItsAlpha2CodeInAnyCase() throws Exception {
        String etag = mvc.perform(get("/api/v1/states/kz"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("KZ"))
                .andExpect(jsonPath("$.alpha3").value("KAZ"))
                .andExpect(jsonPath("$.numeric").value("398"))
                .andExpect(jsonPath("$.name.ru").value("Казахстан"))
                .andExpect(jsonPath("$.region").value("Asia"))
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        mvc.perform(get("/api/v1/states/KZ").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
        mvc.perform(get("/api/v1/states/IL").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk());
    }

    @Test
    void anotherCodeOfTheStateInThePathIsNotFoundButNamesTheAlpha2Code() throws Exception {
        mvc.perform(get("/api/v1/states/KAZ"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("/api/v1/states/KZ")));
        mvc.perform(get("/api/v1/states/376"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("376 is IL")));
        mvc.perform(get("/api/v1/states/ZZ"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no state with the code ZZ."));
    }

    @Test
    void allStatesFitOnePageOf500AndSmallerPagesNeitherRepeatNorSkip() throws Exception {
        mvc.perform(get("/api/v1/states").param("limit", "500").param("count", "true"))
                .andExpect(jsonPath("$.items.length()").value(249))
                .andExpect(jsonPath("$.total").value(249))
                .andExpect(jsonPath("$.next").doesNotExist());
        List<String> codes = new ArrayList<>();
        String next = "/api/v1/states?limit=100";
        while (next != null) {
            String page = mvc.perform(get(next)).andReturn().getResponse().getContentAsString();
            codes.addAll(JsonPath.read(page, "$.items[*].code"));
            next = JsonPath.read(page, "$.next");
        }
        assertThat(codes).hasSize(249).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void statesAreFilteredByRegionAndByNameOrCode() throws Exception {
        mvc.perform(get("/api/v1/states").param("region", "oceania").param("limit", "500"))
                .andExpect(jsonPath("$.items[*].region").value(everyItem(is("Oceania"))))
                .andExpect(jsonPath("$.items[*].code").value(hasItem("AU")));
        mvc.perform(get("/api/v1/states").param("q", "казах"))
                .andExpect(jsonPath("$.items[*].code").value(containsInAnyOrder("KZ")));
        mvc.perform(get("/api/v1/states").param("q", "isr"))
                .andExpect(jsonPath("$.items[*].code").value(containsInAnyOrder("IL")));
        mvc.perform(get("/api/v1/states").param("q", "ISR"))
                .andExpect(jsonPath("$.items[*].code").value(hasItem("IL")));
        mvc.perform(get("/api/v1/states").param("region", "Atlantis").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("region", "limit")));
    }

    @Test
    void writingAStateIsNotAllowedAndSaysWhy() throws Exception {
        long before = rows("state");

        for (var write : List.of(post("/api/v1/states").contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"XK\"}"),
                put("/api/v1/states/KZ").contentType(MediaType.APPLICATION_JSON).content("{}"),
                patch("/api/v1/states/KZ").contentType(MergePatch.MEDIA_TYPE).content("{}"),
                delete("/api/v1/states/KZ"))) {
            mvc.perform(write).andExpect(status().isUnauthorized());
            mvc.perform(write.with(editor))
                    .andExpect(status().isMethodNotAllowed())
                    .andExpect(header().string(HttpHeaders.ALLOW, "GET,HEAD"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("ISO 3166-1 list")));
        }

        assertThat(rows("state")).isEqualTo(before);
    }
}
