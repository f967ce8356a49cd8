package org.chancery.event.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.common.api.PageResponse;
import org.chancery.event.timeline.Timeline;
import org.chancery.event.timeline.TimelineFilter;
import org.chancery.event.timeline.TimelineOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChanceryIntegrationTest
class EventApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Timeline timeline;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    @Test
    void theListIsEachEventExactlyAsJacksonWritesItsRecord() throws Exception {
        String body = mvc.perform(get("/api/v1/events").param("limit", "500"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        TimelineFilter all = new TimelineFilter(null, null, Set.of(), Set.of(), Set.of(), null, null, null);
        List<EventResponse> events = timeline.page(all, null, 500).entries().stream().map(EventResponse::from).toList();
        assertThat(events).hasSizeGreaterThan(20);
        assertThat(body).isEqualTo(json.writeValueAsString(new PageResponse<>(events, null, null, 500, null)));
    }

    @Test
    @Transactional
    void theListedItemsFollowWritesInPlainSqlAtOnce() {
        ShippedRecord record = new ShippedRecord(jdbc);
        long visit = record.event("Israeli Foreign Minister Gideon Saar visits Astana");
        jdbc.sql("update event set title_en = 'Retitled in plain SQL', version = version + 1 where id = :id").param("id", visit).update();
        jdbc.sql("update person set name_en = 'Gideon Sa''ar' where id = :id").param("id", record.person("Gideon Saar")).update();
        jdbc.sql("delete from event_topic where event_id = :id").param("id", visit).update();

        TimelineFilter pair = TimelineFilter.pair("KZ", "IL");
        // the stored items' bytes are the UTF-8 of what Jackson writes, Russian text included
        List<String> items = timeline.items(pair, TimelineOrder.NEWEST_FIRST, null, 500, false).items().stream()
                .map(item -> new String(item, StandardCharsets.UTF_8)).toList();
        assertThat(items).isEqualTo(timeline.page(pair, null, 500).entries().stream()
                .map(entry -> json.writeValueAsString(EventResponse.from(entry))).toList());
        assertThat(items).filteredOn(item -> item.contains("Retitled in plain SQL")).singleElement()
                .satisfies(item -> assertThat(item).contains("Gideon Sa'ar").contains("\"topics\":[]"));
    }

    @Test
    void aPageCountsEveryMatchingEventWhenAsked() throws Exception {
        String body = mvc.perform(get("/api/v1/events").param("state", "KZ").param("limit", "2").param("count", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int total = JsonPath.read(body, "$.total");
        assertThat(total).isGreaterThan(2);
        List<Integer> ids = new ArrayList<>();
        String next = "/api/v1/events?state=KZ&limit=50";
        while (next != null) {
            String page = mvc.perform(get(next)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            ids.addAll(JsonPath.read(page, "$.items[*].id"));
            next = JsonPath.read(page, "$.next");
        }
        assertThat(ids).hasSize(total);
        mvc.perform(get("/api/v1/events").param("state", "KZ").param("to", "1900-01-01").param("count", "true"))
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aCodeThatNamesNothingIsRefusedAloneToo() throws Exception {
        mvc.perform(get("/api/v1/events").param("state", "KZ").param("counterpart", "QQ"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(org.hamcrest.Matchers.contains("counterpart")));
        mvc.perform(get("/api/v1/events").param("topic", "no-such-topic"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(org.hamcrest.Matchers.contains("topic")));
        mvc.perform(get("/api/v1/events").param("topic", "water,no-such-topic"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(org.hamcrest.Matchers.contains("topic")));
    }

    @Test
    void thePairKazakhstanIsraelComesWithDatesAsRecordedAndSources() throws Exception {
        mvc.perform(get("/api/v1/events").param("state", "KZ").param("counterpart", "IL"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items[?(@.title.en == 'Israeli Foreign Minister Gideon Saar visits Astana')].date.edtf")
                        .value(hasItem("2026-01-27")))
                .andExpect(jsonPath("$.items[?(@.kind == 'CALL')].date.edtf").value(hasItem("2025-11-01/2026-01-11")))
                .andExpect(jsonPath("$.items[?(@.kind == 'CALL')].date.precision").value(hasItem("DAY")))
                .andExpect(jsonPath("$.items[*].sources.length()").value(everyItem(greaterThan(0))))
                .andExpect(jsonPath("$.items[0].title.empty").doesNotExist())
                .andExpect(jsonPath("$.items[*].states[*].code").value(not(hasItem("AZ"))))
                .andExpect(jsonPath("$.items[?(@.title.en == 'Israeli Foreign Minister Gideon Saar visits Astana')].sources[0].url")
                        .value(hasItem("https://centrasia.org/newsA.php?st=1769600100")));
    }

    @Test
    void aMonthIsNeverServedAsItsFirstDay() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/events").param("state", "KZ").param("kind", "MEMORANDUM"))
                .andExpect(status().isOk()).andReturn();
        List<String> edtf = JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].date.edtf");

        assertThat(edtf).contains("2025-11").doesNotContain("2025-11-01");
    }

    @Test
    void participantsComeWithTheOfficeTheyHeld() throws Exception {
        mvc.perform(get("/api/v1/events").param("state", "KZ").param("counterpart", "IL").param("kind", "VISIT")
                        .param("status", "HAPPENED").param("from", "2026-01-27").param("to", "2026-01-27"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].participants[?(@.name.en == 'Gideon Saar')].office.en")
                        .value(hasItem("Minister of Foreign Affairs of Israel")));
    }

    @Test
    void aPeriodKeepsEventsWhoseUncertainDateMayFallInIt() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/events").param("state", "KZ")
                .param("from", "2025-11-10").param("to", "2025-11-20")).andExpect(status().isOk()).andReturn();
        List<String> edtf = JsonPath.read(result.getResponse().getContentAsString(), "$.items[*].date.edtf");

        assertThat(edtf).contains("2025-11").doesNotContain("2025-11-05/2025-11-06", "2025-11-07");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() throws Exception {
        List<Integer> all = JsonPath.read(mvc.perform(get("/api/v1/events").param("limit", "500"))
                .andReturn().getResponse().getContentAsString(), "$.items[*].id");
        List<Integer> paged = new ArrayList<>();
        String next = "/api/v1/events?limit=4";
        while (next != null) {
            String body = mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Integer> ids = JsonPath.read(body, "$.items[*].id");
            assertThat(ids).hasSizeLessThanOrEqualTo(4);
            paged.addAll(ids);
            next = JsonPath.read(body, "$.next");
        }

        assertThat(paged).isEqualTo(all);
        Set<Integer> distinct = new HashSet<>(paged);
        assertThat(distinct).hasSameSizeAs(paged);
        assertThat(all).hasSizeGreaterThan(4);
    }

    @Test
    void filtersByTopicStatusAndText() throws Exception {
        mvc.perform(get("/api/v1/events").param("topic", "water").param("state", "IL"))
                .andExpect(jsonPath("$.items[*].topics[*]").value(hasItem("water")))
                .andExpect(jsonPath("$.items.length()").value(greaterThan(1)));
        mvc.perform(get("/api/v1/events").param("status", "planned"))
                .andExpect(jsonPath("$.items[*].status").value(everyItem(org.hamcrest.Matchers.is("PLANNED"))));
        mvc.perform(get("/api/v1/events").param("q", "Шымкент"))
                .andExpect(jsonPath("$.items[*].kind").value(hasItem("TRANSPORT_LINK")));
    }

    @Test
    void badParametersAreNamedInAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/events").param("state", "XX").param("from", "2026-02-30")
                        .param("limit", "501").param("cursor", "tampered").param("kind", "PICNIC"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.invalidParams[*].name").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "state", "from", "limit", "cursor", "kind")));
    }

    @Test
    void aCounterpartWithoutAStateIsRefused() throws Exception {
        mvc.perform(get("/api/v1/events").param("counterpart", "IL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("counterpart"));
    }
}
