package org.chancery.audit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.FormPosts;
import org.chancery.ShippedRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A record's history as its page shows it: names where the log keeps ids and codes, a
 * bilingual value as its texts, fields by their names in the reader's language.
 */
@ChanceryIntegrationTest
class ReadableHistoryIntegrationTests {

    private static final String TITLE = "History test: Fijian minister visits Tonga";
    private static final RequestPostProcessor EDITOR = user("history-editor").roles("EDITOR");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void removeWhatWasWritten() {
        for (String table : List.of("event", "source")) {
            List<String> ids = jdbc.sql("select id::text from " + table + " where "
                    + (table.equals("event") ? "title_en" : "title") + " like 'History test:%'").query(String.class).list();
            if (!ids.isEmpty()) {
                jdbc.sql("delete from change_log where resource = :r and record_key in (:ids)")
                        .param("r", table + "s").param("ids", ids).update();
                jdbc.sql("delete from " + table + " where id::text in (:ids)").param("ids", ids).update();
            }
        }
    }

    private static MockHttpServletRequestBuilder visit(String address, Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "VISIT");
        fields.put("status", "HAPPENED");
        fields.put("titleEn", TITLE);
        fields.put("date", "2016-03");
        fields.put("states[0].state", "FJ");
        fields.put("states[0].side", "GUEST");
        fields.put("states[1].state", "TO");
        fields.put("states[1].side", "HOST");
        fields.put("participants[0].person", "Gideon Saar");
        fields.put("participants[0].role", "GUEST");
        fields.put("topics", "water");
        fields.put("sources[0].newTitle", "History test: Fiji and Tonga talk water");
        fields.put("sources[0].newOutlet", "Pacific Daily");
        fields.put("sources[0].newUrl", "https://example.org/history-fiji-tonga");
        fields.put("sources[0].newLanguage", "en");
        fields.put("sources[0].passage", "The Fijian minister arrived in Nuku'alofa.");
        fields.putAll(changed);
        return FormPosts.form(address, EDITOR, fields);
    }

    @Test
    void aChangedEventsHistoryNamesItsParticipantsAgreementTopicsAndStatesAndReadsInRussian() throws Exception {
        MvcResult created = mvc.perform(visit("/events", Map.of("distinct", "true"))).andExpect(status().is3xxRedirection())
                .andReturn();
        String page = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring("/events/".length()));
        long source = jdbc.sql("select source_id from event_source where event_id = :id").param("id", id).query(Long.class).single();
        long agreement = new ShippedRecord(jdbc).agreement("Abraham Accords");
        Map<String, String> edit = new LinkedHashMap<>();
        edit.put("version", "0");
        edit.put("titleRu", "Фиджийский министр посещает Тонга");
        edit.put("participants[0].role", "HOST");
        edit.put("participants[1].person", "Yermek Kosherbayev");
        edit.put("participants[1].role", "GUEST");
        edit.put("agreementId", String.valueOf(agreement));
        edit.put("topics", "trade");
        edit.put("sources[0].source", source + " · History test");
        for (String field : List.of("newTitle", "newOutlet", "newUrl", "newLanguage")) {
            edit.put("sources[0]." + field, "");
        }
        mvc.perform(visit(page, edit))
                .andExpect(status().is3xxRedirection());

        String english = mvc.perform(get(page).with(EDITOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String change = english.substring(english.indexOf("id=\"version-1\""), english.indexOf("id=\"version-0\""));
        assertThat(change).contains("Title in Russian", "Фиджийский министр посещает Тонга",
                "Gideon Saar (guest)", "Gideon Saar (host); Yermek Kosherbayev (guest)",
                "Agreement", "Abraham Accords", "Topics", "Water", "Trade")
                .doesNotContain("personId", "\"role\"", "agreementId", "{&quot;");
        String creation = english.substring(english.indexOf("id=\"version-0\""));
        assertThat(creation).contains("Fiji (guest); Tonga (host)", "Pacific Daily — History test: Fiji and Tonga talk water")
                .doesNotContain("{&quot;en&quot;", "sourceId");

        String russian = mvc.perform(get(page).param("lang", "ru").with(EDITOR)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String changeRu = russian.substring(russian.indexOf("id=\"version-1\""), russian.indexOf("id=\"version-0\""));
        assertThat(changeRu).contains("Заголовок на русском", "Участники", "Гидеон Саар (принимающая сторона)", "Соглашение",
                "Соглашения Авраама", "Темы", "Водные ресурсы", "Торговля");
    }
}
