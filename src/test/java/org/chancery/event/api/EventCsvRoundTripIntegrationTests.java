package org.chancery.event.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.TestAccounts;
import org.chancery.common.api.CsvReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV the export writes is the CSV the import reads: exported, the record's events emptied,
 * imported back, the record exports the same file again (but for the ids and times of the new
 * rows). The test runs in one transaction that is rolled back, so the shipped record the other
 * tests read is never really emptied.
 */
@ChanceryIntegrationTest
class EventCsvRoundTripIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    private TestAccounts accounts;
    private RequestPostProcessor editor;

    @BeforeEach
    void signIn() {
        accounts = new TestAccounts(jdbc, encoder);
        editor = accounts.basic("EDITOR");
    }

    @AfterEach
    void signOut() {
        accounts.removeAll();
    }

    @Test
    @Transactional
    void anExportedCsvImportsIntoAnEmptiedRecordAndExportsTheSameAgain() throws Exception {
        String exported = csv();
        long events = jdbc.sql("select count(*) from event where deleted_at is null").query(Long.class).single();
        jdbc.sql("delete from event").update();

        mvc.perform(post("/api/v1/events:import").with(editor).contentType("text/csv").content(exported))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.created").value((int) events));

        assertThat(withoutIdsAndTimes(csv())).isEqualTo(withoutIdsAndTimes(exported)).hasSize((int) events);
        assertThat(jdbc.sql("select count(*) from change_log where resource = 'events' and action = 'CREATED' "
                + "and record_key in (select id::text from event)").query(Long.class).single()).isEqualTo(events);
    }

    @Test
    @Transactional
    void theExportUploadedTwiceIsRefusedLineByLineAndWritesNothing() throws Exception {
        String exported = csv();
        long events = jdbc.sql("select count(*) from event where deleted_at is null").query(Long.class).single();

        mvc.perform(post("/api/v1/events:import").with(editor).contentType("text/csv").content(exported))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.lines", hasSize((int) events)))
                .andExpect(jsonPath("$.lines[*].problems[0].name", everyItem(startsWith("repeated"))))
                .andExpect(jsonPath("$.lines[*].problems[0].reason", everyItem(startsWith("the record already holds this event"))));
        assertThat(jdbc.sql("select count(*) from event where deleted_at is null").query(Long.class).single()).isEqualTo(events);
    }

    @Test
    @Transactional
    void aFileThatRepeatsItsOwnLineIsRefusedAtThatLine() throws Exception {
        List<String> lines = csv().lines().toList();
        jdbc.sql("delete from event").update();
        String twice = String.join("\r\n", lines.get(0), lines.get(1), lines.get(2), lines.get(1)) + "\r\n";

        mvc.perform(post("/api/v1/events:import").with(editor).contentType("text/csv").content(twice))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.lines[*].line").value(org.hamcrest.Matchers.contains(4)))
                .andExpect(jsonPath("$.lines[0].problems[0].reason").value(startsWith("repeats line 2 of the file")));
    }

    private String csv() throws Exception {
        return mvc.perform(get("/api/v1/events.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Each record as column → value, without the columns a new row of the same event differs in; sorted. */
    private static List<Map<String, String>> withoutIdsAndTimes(String csv) {
        List<List<String>> records = CsvReader.parse(csv);
        List<String> header = records.getFirst();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (!header.get(i).equals("id") && !header.get(i).equals("updated_at")) {
                    row.put(header.get(i), record.get(i));
                }
            }
            rows.add(row);
        }
        rows.sort(Comparator.comparing(Map::toString));
        return rows;
    }
}
