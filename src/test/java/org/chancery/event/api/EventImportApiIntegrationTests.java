package org.chancery.event.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChanceryIntegrationTest
class EventImportApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    private TestAccounts accounts;
    private RequestPostProcessor editor;
    /** A good line of the import: a visit citing Trend's interview. */
    private String good;

    @BeforeEach
    void signIn() {
        accounts = new TestAccounts(jdbc, encoder);
        good = EventWriteApiIntegrationTests.visit(jdbc).replace("\n", " ");
        editor = accounts.basic("EDITOR");
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from change_log where resource = 'events' and record_key in "
                + "(select id::text from event where title_en like 'Imported %')").update();
        jdbc.sql("delete from event where title_en like 'Imported %'").update();
        accounts.removeAll();
    }

    @Test
    void importsEveryLineOfAGoodFile() throws Exception {
        String body = String.join("\n", line(1), line(2), "", line(3)) + "\n";

        String response = mvc.perform(post("/api/v1/events:import").with(editor)
                        .contentType("application/x-ndjson").content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.created").value(3))
                .andReturn().getResponse().getContentAsString();

        List<Integer> ids = JsonPath.read(response, "$.ids");
        assertThat(imported()).isEqualTo(3);
        assertThat(ids).hasSize(3);
    }

    @Test
    void anImportedEventIsListedAsItIsServedAndItsHistoryHoldsEveryField() throws Exception {
        String response = mvc.perform(post("/api/v1/events:import").with(editor)
                        .contentType("application/x-ndjson").content(line(1) + "\n" + line(2) + "\n"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(response, "$.ids[1]");

        // the list's item is the stored document the import wrote beside its row
        Map<String, Object> served = JsonPath.read(body("/api/v1/events/" + id), "$");
        List<Map<String, Object>> listed = JsonPath.read(
                body("/api/v1/events?state=KZ&counterpart=IL&q=Imported"), "$.items[?(@.id == " + id + ")]");
        assertThat(listed).containsExactly(served);
        assertThat(served).containsEntry("title", Map.of("en", "Imported visit 2",
                "ru", JsonPath.read(line(2), "$.title.ru")));

        // a creation is logged by its snapshot alone (V260) and read back as every field from nothing
        mvc.perform(get("/api/v1/events/" + id + "/history"))
                .andExpect(jsonPath("$[0].action").value("CREATED"))
                .andExpect(jsonPath("$[0].changes[*].field").value(hasItems("title", "date", "participants", "sources")))
                .andExpect(jsonPath("$[0].changes[0].before").value(nullValue()));
        assertThat(jdbc.sql("select count(*) from change_log where resource = 'events' and record_key = :key and changes is null")
                .param("key", String.valueOf(id)).query(Long.class).single()).isOne();
    }

    @Test
    void oneBadLineWritesNothingAndTheReportNamesEveryBadLine() throws Exception {
        String body = String.join("\n",
                line(1),
                line(2).replace("\"2026-02\"", "\"2026-13\""),
                "{not json",
                line(4).replaceFirst("\"sourceId\": \\d+", "\"sourceId\": 99999"),
                line(5));
        long before = events();

        mvc.perform(post("/api/v1/events:import").with(editor).contentType("application/x-ndjson").content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.lines[*].line").value(contains(2, 3, 4)))
                .andExpect(jsonPath("$.lines[0].problems[0].name").value("date"))
                .andExpect(jsonPath("$.lines[2].problems[0].name").value("sources[0].sourceId"));

        assertThat(events()).isEqualTo(before);
        assertThat(imported()).isZero();
    }

    @Test
    void aRuleViolationOnTheFirstLineIsReportedAndTheRestStillChecked() throws Exception {
        String body = String.join("\n", line(1).replace("\"kind\": \"VISIT\"", "\"kind\": \"CALL\""), line(2));

        mvc.perform(post("/api/v1/events:import").with(editor).contentType("application/x-ndjson").content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.lines[*].line").value(contains(1)))
                .andExpect(jsonPath("$.lines[0].problems[0].name").value("event-kind-fields"));
        assertThat(imported()).isZero();
    }

    @Test
    void importsCsvAndReportsItsProblemsByLineAndColumn() throws Exception {
        String header = "kind,status,date,title_en,states,source_id,quoted_passage\r\n";
        String row = "MEETING,HAPPENED,February 2026,Imported row %d,\"KZ:HOST; IL:GUEST\",%d,\"Встреча, \"\"важная\"\"\"\r\n";

        mvc.perform(post("/api/v1/events:import").with(editor).contentType("text/csv")
                        .content(header + row.formatted(1, 5) + row.formatted(2, 5)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.created").value(2));
        mvc.perform(post("/api/v1/events:import").with(editor).contentType("text/csv; charset=utf-8")
                        .content(header + row.formatted(3, 5) + row.formatted(4, 99999)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.lines[*].line").value(contains(3)))
                .andExpect(jsonPath("$.lines[0].problems[0].name").value("source_id"))
                .andExpect(jsonPath("$.lines[0].problems[0].reason").value("no source has this id"));

        assertThat(imported()).isEqualTo(2);
    }

    @Test
    void anEmptyBodyAWrongMediaTypeAndAViewerAreRefused() throws Exception {
        mvc.perform(post("/api/v1/events:import").with(editor).contentType("application/x-ndjson").content("\n\n"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/events:import").with(editor).contentType(MediaType.APPLICATION_JSON).content(line(1)))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/v1/events:import").with(accounts.basic("VIEWER"))
                        .contentType("application/x-ndjson").content(line(1)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/events:import").contentType("application/x-ndjson").content(line(1)))
                .andExpect(status().isUnauthorized());
        assertThat(imported()).isZero();
    }

    private String line(int number) {
        return good.replace("Test visit of the Kazakh foreign minister to Israel", "Imported visit " + number);
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long imported() {
        return jdbc.sql("select count(*) from event where title_en like 'Imported %'").query(Long.class).single();
    }

    private long events() {
        return jdbc.sql("select count(*) from event").query(Long.class).single();
    }
}
