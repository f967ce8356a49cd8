package org.chancery.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ChanceryIntegrationTest
class RecordEtagsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void answersARepeatedApiListWith304InOneStatement() throws Exception {
        String etag = mvc.perform(get("/api/v1/events?state=KZ").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();

        int[] code = new int[1];
        int statements = SqlStatements.countDuring(() -> code[0] = mvc.perform(get("/api/v1/events?state=KZ")
                .accept(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andReturn().getResponse().getStatus());

        assertThat(code[0]).isEqualTo(304);
        assertThat(statements).as("only the record's version is read").isEqualTo(1);
    }

    @Test
    void anEventListReadsItsTagWithItsPageInOneStatement() throws Exception {
        String[] etag = new String[1];
        int statements = SqlStatements.countDuring(() -> etag[0] = mvc.perform(get("/api/v1/events?state=KZ&counterpart=IL")
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG));

        // the page, with the record's version in it, between the two that ask for its generic plan and put the mode back
        assertThat(statements).as("the page, with the record's version in it").isEqualTo(3);
        // the same tag as the version read on its own before the handler, when a 304 is possible
        assertThat(mvc.perform(get("/api/v1/events?state=KZ&counterpart=IL").accept(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.IF_NONE_MATCH, "W/\"another\"")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag[0]);
        assertThat(mvc.perform(get("/api/v1/events?state=KZ&counterpart=IL").accept(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_NONE_MATCH, etag[0])).andReturn().getResponse().getStatus()).isEqualTo(304);
        // an empty page and a sync page are tagged too
        assertThat(mvc.perform(get("/api/v1/events?state=KZ&counterpart=IL&to=1800-01-01").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG)).isNotNull();
        assertThat(mvc.perform(get("/api/v1/events?updatedSince=2020-01-01T00:00:00Z").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG)).isNotNull();
    }

    @Test
    void aWriteShowsAtOnceUnderANewEtag() throws Exception {
        long visit = new ShippedRecord(jdbc).event("Israeli Foreign Minister Gideon Saar visits Astana");
        String page = ShippedRecord.address("events", visit);
        MvcResult first = mvc.perform(get(page).accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        String title = jdbc.sql("select title_en from event where id = :id").param("id", visit).query(String.class).single();
        try {
            jdbc.sql("update event set title_en = title_en || ' (renamed for the ETag test)' where id = :id").param("id", visit)
                    .update();

            MvcResult again = mvc.perform(get(page).accept(MediaType.TEXT_HTML).header(HttpHeaders.IF_NONE_MATCH, etag))
                    .andExpect(status().isOk()).andReturn();

            assertThat(again.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
            assertThat(again.getResponse().getContentAsString()).contains("(renamed for the ETag test)");
        } finally {
            jdbc.sql("update event set title_en = :title where id = :id").param("title", title).param("id", visit).update();
        }
    }

    @Test
    void anotherLanguageOrReaderIsNotServedTheSameTag() throws Exception {
        String english = mvc.perform(get("/api/v1/events").accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        int russian = mvc.perform(get("/api/v1/events").accept(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "ru").header(HttpHeaders.IF_NONE_MATCH, english))
                .andReturn().getResponse().getStatus();
        int signedIn = mvc.perform(get("/api/v1/events").accept(MediaType.APPLICATION_JSON).with(user("editor").roles("EDITOR"))
                        .header(HttpHeaders.IF_NONE_MATCH, english))
                .andReturn().getResponse().getStatus();
        String vary = mvc.perform(get("/timeline").accept(MediaType.TEXT_HTML)).andReturn().getResponse().getHeader(HttpHeaders.VARY);

        assertThat(russian).isEqualTo(200);
        assertThat(signedIn).isEqualTo(200);
        assertThat(vary).contains("Accept-Language", "Cookie", "Authorization");
    }

    @Test
    void pagesSeenSignedInAreNotTagged() throws Exception {
        String etag = mvc.perform(get("/timeline").accept(MediaType.TEXT_HTML).with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        assertThat(etag).isNull();
    }
}
