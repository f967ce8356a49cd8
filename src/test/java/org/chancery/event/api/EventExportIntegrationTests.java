package org.chancery.event.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.TestAccounts;
import org.chancery.common.api.CsvReader;
import org.chancery.event.timeline.Timeline;
import org.chancery.event.timeline.TimelineExport;
import org.chancery.event.timeline.TimelineFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChanceryIntegrationTest
class EventExportIntegrationTests {

    private static final String SAAR_VISIT = "Israeli Foreign Minister Gideon Saar visits Astana";

    /** Events whose words test the export's escaping: formulas, quotes, line breaks, commas. */
    private static final String AWKWARD = "Exported awkward ";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired Timeline timeline;
    @Autowired JsonMapper appJson;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void removeAwkwardEvents() {
        jdbc.sql("delete from change_log where resource = 'events' and record_key in "
                + "(select id::text from event where title_en like :mark)").param("mark", "%" + AWKWARD + "%").update();
        jdbc.sql("delete from event where title_en like :mark").param("mark", "%" + AWKWARD + "%").update();
    }

    @Test
    void everyNdjsonLineIsTheEventAsTheApiServesIt() throws Exception {
        addAwkwardEvents();
        String body = mvc.perform(get("/api/v1/events.ndjson"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<String> expected = new ArrayList<>();
        TimelineFilter all = new TimelineFilter(null, null, Set.of(), Set.of(), Set.of(), null, null, null);
        timeline.forEach(all, entry -> expected.add(appJson.writeValueAsString(EventResponse.from(entry))));
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(body.lines().toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void csvCellsASpreadsheetWouldRunAsFormulasAreExportedAsText() throws Exception {
        addAwkwardEvents();
        String body = mvc.perform(get("/api/v1/events.csv").param("q", "awkward"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<Map<String, String>> rows = records(body);
        assertThat(rows).extracting(row -> row.get("title_en")).containsExactlyInAnyOrder(
                "'=HYPERLINK(\"http://evil.example\", \"" + AWKWARD + "1\")",
                "'@SUM(1+1) " + AWKWARD + "2",
                AWKWARD + "3, with a comma and \"quotes\"\nand a second line");
        assertThat(rows).extracting(row -> row.get("summary_en")).contains("'+cmd|' /C calc'!A0", "'-2+3", "-12.5");
        assertThat(body).contains("\r\n").doesNotContain(",=HYPERLINK", ",@SUM", ",+cmd");
    }

    @Test
    void ndjsonHasOneEventPerLineWithDatesAsRecorded() throws Exception {
        String body = mvc.perform(pair(get("/api/v1/events.ndjson")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/x-ndjson"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).endsWith("\n");
        List<JsonNode> events = body.lines().map(json::readTree).toList();
        Map<String, JsonNode> byTitle = events.stream()
                .collect(Collectors.toMap(event -> event.at("/title/en").asString(), Function.identity()));
        assertThat(byTitle.get(SAAR_VISIT).at("/date/edtf").asString()).isEqualTo("2026-01-27");
        assertThat(events).filteredOn(event -> event.at("/kind").asString().equals("CALL"))
                .extracting(event -> event.at("/date/edtf").asString(), event -> event.at("/date/precision").asString())
                .contains(org.assertj.core.groups.Tuple.tuple("2025-11-01/2026-01-11", "DAY"));
        assertThat(events).allSatisfy(event -> assertThat(event.at("/sources").size()).isPositive());
        assertThat(events).extracting(event -> event.at("/id").asLong()).isEqualTo(idsOfTheTimelinePage());
    }

    @Test
    void csvHasAHeaderAndOneRecordPerEventWithDatesAsRecorded() throws Exception {
        String body = mvc.perform(pair(get("/api/v1/events.csv")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chancery-events.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<Map<String, String>> rows = records(body);
        Map<String, String> visit = rows.stream().filter(row -> row.get("title_en").equals(SAAR_VISIT)).findFirst().orElseThrow();
        assertThat(visit).containsEntry("date", "2026-01-27").containsEntry("date_precision", "DAY")
                .containsEntry("kind", "VISIT").containsEntry("states", "IL:GUEST;KZ:HOST")
                .containsEntry("title_ru", "Визит министра иностранных дел Израиля Гидеона Саара в Астану")
                .containsEntry("source_urls", "https://centrasia.org/newsA.php?st=1769600100");
        assertThat(visit.get("participants").split(";")).contains("Gideon Saar:GUEST");
        assertThat(rows).filteredOn(row -> row.get("kind").equals("CALL"))
                .extracting(row -> row.get("date"), row -> row.get("date_earliest"), row -> row.get("date_latest"),
                        row -> row.get("date_approximate"))
                .contains(org.assertj.core.groups.Tuple.tuple("2025-11-01/2026-01-11", "2025-11-01", "2026-01-11", "false"));
        assertThat(rows).allSatisfy(row -> {
            int sources = row.get("source_ids").split(";").length;
            assertThat(row.get("source_ids")).matches("\\d+(;\\d+)*");
            assertThat(row.get("source_urls").split(";", -1)).hasSize(sources);
            assertThat(row.get("source_outlets").split(";", -1)).hasSize(sources);
        });
        assertThat(rows).extracting(row -> Long.parseLong(row.get("id"))).isEqualTo(idsOfTheTimelinePage());
    }

    @Test
    void aMonthIsNeverExportedAsItsFirstDay() throws Exception {
        String csv = mvc.perform(get("/api/v1/events.csv").param("state", "KZ").param("kind", "MEMORANDUM"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(records(csv)).extracting(row -> row.get("date")).contains("2025-11").doesNotContain("2025-11-01");
    }

    @Test
    void filtersApplyAsOnTheTimeline() throws Exception {
        List<Map<String, String>> calls = records(mvc.perform(pair(get("/api/v1/events.csv")).param("kind", "CALL"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(calls).isNotEmpty().allSatisfy(row -> assertThat(row.get("kind")).isEqualTo("CALL"));

        List<Map<String, String>> water = records(mvc.perform(get("/api/v1/events.csv").param("topic", "water")
                .param("from", "2026-01-01").param("to", "2026-01-31"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(water).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("topics").split(";")).contains("water");
            assertThat(row.get("date_latest")).isGreaterThanOrEqualTo("2026-01-01");
            assertThat(row.get("date_earliest")).isLessThanOrEqualTo("2026-01-31");
        });

        String planned = mvc.perform(get("/api/v1/events.ndjson").param("status", "PLANNED"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(planned.lines().map(json::readTree)).isNotEmpty()
                .allSatisfy(event -> assertThat(event.at("/status").asString()).isEqualTo("PLANNED"));

        String nothing = mvc.perform(get("/api/v1/events.csv").param("q", "no-such-word-anywhere"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(CsvReader.parse(nothing)).containsExactly(TimelineExport.csvHeader(sourcesOfTheMostCitedEvent()));
    }

    @Test
    void badFiltersAreNamedInAProblemDetailBeforeAnythingIsSent() throws Exception {
        for (String path : List.of("/api/v1/events.csv", "/api/v1/events.ndjson")) {
            mvc.perform(get(path).param("state", "XX").param("from", "2026-02-30").param("kind", "PICNIC")
                            .accept(MediaType.parseMediaType("text/csv"), MediaType.APPLICATION_NDJSON))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().doesNotExist(HttpHeaders.CONTENT_DISPOSITION))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.instance").value(path))
                    .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("state", "from", "kind")));
        }
    }

    @Test
    void anExportHasNoPagesSoLimitAndCursorAreRefusedRatherThanIgnored() throws Exception {
        mvc.perform(get("/api/v1/events.ndjson").param("limit", "10").param("cursor", "dDE6MjAyNi0wMS0yNzoxMg"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("limit", "cursor")));
    }

    private static MockHttpServletRequestBuilder pair(MockHttpServletRequestBuilder request) {
        return request.param("state", "KZ").param("counterpart", "IL");
    }

    private List<Long> idsOfTheTimelinePage() throws Exception {
        String page = mvc.perform(pair(get("/api/v1/events")).param("limit", "500"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(page, "$.next")).isNull();
        List<Number> ids = JsonPath.read(page, "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private void addAwkwardEvents() throws Exception {
        String template = EventWriteApiIntegrationTests.visit(jdbc).replace("\n", " ");
        List<String> lines = List.of(
                awkward(template, "=HYPERLINK(\\\"http://evil.example\\\", \\\"" + AWKWARD + "1\\\")", "+cmd|' /C calc'!A0", "2025-22~"),
                awkward(template, "@SUM(1+1) " + AWKWARD + "2", "-2+3", "2025-33/2025-34"),
                awkward(template, AWKWARD + "3, with a comma and \\\"quotes\\\"\\nand a second line", "-12.5", "2024~"));
        TestAccounts accounts = new TestAccounts(jdbc, encoder);
        try {
            mvc.perform(post("/api/v1/events:import").with(accounts.basic("EDITOR"))
                    .contentType("application/x-ndjson").content(String.join("\n", lines)))
                    .andExpect(status().isCreated());
        } finally {
            accounts.removeAll();
        }
    }

    private static String awkward(String template, String titleInJson, String summaryInJson, String date) {
        return template.replace("Test visit of the Kazakh foreign minister to Israel", titleInJson)
                .replace("\"date\": \"2026-02\"", "\"date\": \"" + date + "\", \"summary\": {\"en\": \"" + summaryInJson + "\"}")
                .replace("\"status\": \"HAPPENED\"", "\"status\": \"PLANNED\"");
    }

    private int sourcesOfTheMostCitedEvent() {
        return jdbc.sql("select max(cited) from (select count(*) as cited from event_source group by event_id) counts")
                .query(Integer.class).single();
    }

    private List<Map<String, String>> records(String csv) {
        List<List<String>> records = CsvReader.parse(csv);
        List<String> header = TimelineExport.csvHeader(sourcesOfTheMostCitedEvent());
        assertThat(records.getFirst()).isEqualTo(header);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertThat(record).hasSameSizeAs(header);
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < record.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
