package org.chancery.agreement.api;

import java.time.LocalDate;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChanceryIntegrationTest
class AgreementApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    /** The Abraham Accords' address, and its id as the lists give it. */
    private String accords;
    private int accordsId;
    private long ladaKz;

    @BeforeEach
    void findTheAccords() {
        ShippedRecord record = new ShippedRecord(jdbc);
        accordsId = (int) record.agreement("Abraham Accords");
        accords = "/api/v1" + ShippedRecord.address("agreements", accordsId);
        ladaKz = record.source("Lada.kz", LocalDate.of(2025, 11, 7));
    }

    @Test
    void theAbrahamAccordsComeWithEveryStateAtItsOwnStage() throws Exception {
        // version 1: corrected against the articles after it shipped (db/record V98)
        mvc.perform(get(accords))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.name.en").value("Abraham Accords"))
                .andExpect(jsonPath("$.name.ru").value("Соглашения Авраама"))
                .andExpect(jsonPath("$.name.empty").doesNotExist())
                .andExpect(jsonPath("$.kind").value("ACCORDS"))
                .andExpect(jsonPath("$.multilateral").value(true))
                .andExpect(jsonPath("$.opened.edtf").value("2020/2021"))
                .andExpect(jsonPath("$.opened.precision").value("YEAR"))
                .andExpect(jsonPath("$.participations[*].state.code")
                        .value(contains("AE", "BH", "IL", "KZ", "MA", "SD", "US")))
                .andExpect(jsonPath("$.participations[?(@.state.code in ['AE', 'BH', 'MA', 'IL'])].stage")
                        .value(contains("SIGNED", "SIGNED", "SIGNED", "SIGNED")))
                .andExpect(jsonPath("$.participations[?(@.state.code == 'SD')].stage").value(contains((Object) null)))
                .andExpect(jsonPath("$.participations[?(@.state.code == 'SD')].steps.length()").value(contains(0)))
                .andExpect(jsonPath("$.participations[?(@.state.code == 'US')].role").value(contains("FACILITATOR")))
                .andExpect(jsonPath("$.participations[?(@.state.code == 'US')].stage").value(contains((Object) null)))
                .andExpect(jsonPath("$.participations[?(@.state.code == 'US')].steps.length()").value(contains(0)));
    }

    @Test
    void kazakhstanHasAnnouncedInNovember2025AsItsSourceSays() throws Exception {
        mvc.perform(get(accords + "/participations/kz"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.state.name.en").value("Kazakhstan"))
                .andExpect(jsonPath("$.state.name.ru").value("Казахстан"))
                .andExpect(jsonPath("$.role").value("PARTY"))
                .andExpect(jsonPath("$.stage").value("ANNOUNCED"))
                .andExpect(jsonPath("$.steps.length()").value(1))
                .andExpect(jsonPath("$.steps[0].position").value(1))
                .andExpect(jsonPath("$.steps[0].date.edtf").value("2025-11"))
                .andExpect(jsonPath("$.steps[0].date.earliest").value("2025-11-01"))
                .andExpect(jsonPath("$.steps[0].date.latest").value("2025-11-30"))
                .andExpect(jsonPath("$.steps[0].date.precision").value("MONTH"))
                .andExpect(jsonPath("$.steps[0].source.id").value((int) ladaKz))
                .andExpect(jsonPath("$.steps[0].source.outlet").value("Lada.kz"))
                .andExpect(jsonPath("$.steps[0].source.publishedOn").value("2025-11-07"))
                .andExpect(jsonPath("$.steps[0].source.quotedPassage").value(containsString("опубликован 7 ноября 2025 года")));
        mvc.perform(get(accords + "/participations/KZ/steps/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.step").value("ANNOUNCED"));
    }

    @Test
    void filtersByParticipantKindAndName() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("state", "kz").param("count", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem(accordsId)))
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.limit").value(50));
        mvc.perform(get("/api/v1/agreements").param("state", "FR"))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(accordsId))))
                .andExpect(jsonPath("$.total").doesNotExist());
        mvc.perform(get("/api/v1/agreements").param("kind", "accords,treaty").param("q", "авраам"))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(accordsId)));
        mvc.perform(get("/api/v1/agreements").param("kind", "DECLARATION"))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(accordsId))));
        mvc.perform(get("/api/v1/agreements").param("q", "100%_Abraham"))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(accordsId))));
    }

    @Test
    void badParametersAreNamedInAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/agreements").param("state", "XX").param("kind", "PACT").param("sort", "size")
                        .param("limit", "0").param("cursor", "tampered").param("count", "maybe"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name")
                        .value(containsInAnyOrder("state", "kind", "sort", "limit", "cursor", "count")));
    }

    @Test
    void aConditionalReadOfAnUnchangedAgreementIsNotModified() throws Exception {
        mvc.perform(get(accords).header(HttpHeaders.IF_NONE_MATCH, "\"1\""))
                .andExpect(status().isNotModified());
        mvc.perform(get(accords + "/participations").header(HttpHeaders.IF_NONE_MATCH, "\"1\""))
                .andExpect(status().isNotModified());
        mvc.perform(get(accords).header(HttpHeaders.IF_NONE_MATCH, "\"9\""))
                .andExpect(status().isOk());
    }

    @Test
    void whatIsNotThereIsAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/agreements/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(accords + "/participations/FR"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no participation of FR in agreement " + accordsId + "."));
        mvc.perform(get(accords + "/participations/KZ/steps/2"))
                .andExpect(status().isNotFound());
    }
}
