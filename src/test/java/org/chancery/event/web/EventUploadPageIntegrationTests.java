package org.chancery.event.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.TestAccounts;
import org.chancery.common.web.Confirmation;
import org.chancery.event.CsvEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.chancery.ContainerSessions.inContainerSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /events/upload} as editors use it, and as nobody else may. */
@ChanceryIntegrationTest
class EventUploadPageIntegrationTests {

    private static final String UPLOAD = "/events/upload";
    private static final String HEADER = "kind,status,date,title_en,title_ru,states,participants,topics,source_id,quoted_passage\r\n";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    private TestAccounts accounts;
    private RequestPostProcessor editor;

    @BeforeEach
    void signIn() {
        accounts = new TestAccounts(jdbc, encoder);
        editor = user(accounts.create("EDITOR")).roles("EDITOR");
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from change_log where resource = 'events' and record_key in "
                + "(select id::text from event where title_en like 'Uploaded %')").update();
        jdbc.sql("delete from event where title_en like 'Uploaded %'").update();
        accounts.removeAll();
    }

    @Test
    void theFormTakesAFileAndExplainsBothForms() throws Exception {
        mvc.perform(get(UPLOAD).with(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("enctype=\"multipart/form-data\""),
                        containsString("accept=\".csv,.ndjson,.jsonl\""),
                        containsString("name=\"_csrf\""),
                        containsString("<progress"),
                        containsString("/js/upload-"), // linked by its content hash
                        containsString("href=\"/events/upload/template.csv\""),
                        containsString("<code>quoted_passage</code>"),
                        containsString("<code>AGREEMENT_STEP</code>"))));
    }

    @Test
    void theExamplesOnThePageAreGoodFiles() throws Exception {
        String page = mvc.perform(get(UPLOAD).with(editor)).andReturn().getResponse().getContentAsString();
        Matcher examples = Pattern.compile("<pre class=\"upload-example\"[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(page);
        assertThat(examples.find()).isTrue();
        String csv = HtmlUtils.htmlUnescape(examples.group(1));
        assertThat(examples.find()).isTrue();
        String ndjson = HtmlUtils.htmlUnescape(examples.group(1));

        mvc.perform(upload("example.csv", csv).param("checkOnly", "true").with(editor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is good: 2 events, no problems.")));
        mvc.perform(upload("example.ndjson", ndjson).param("checkOnly", "true").with(editor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is good: 1 event, no problems.")));
    }

    @Test
    void theTemplateIsTheHeaderRowOfEveryColumn() throws Exception {
        byte[] template = mvc.perform(get(UPLOAD + "/template.csv").with(editor))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(template, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + String.join(",", CsvEvents.COLUMNS) + "\r\n");
    }

    @Test
    void aGoodCsvAddsEveryEventAndLinksToThem() throws Exception {
        String csv = "\uFEFF" + HEADER
                + row("VISIT", "27 January 2026", "Uploaded visit", "KZ:HOST; IL:GUEST", "water; trade", 4, "Саар прибыл в Астану")
                + "CALL,HAPPENED,2025-11~,\"Uploaded call, on water\",\"Звонок\",\"IL:INITIATOR;\nKZ:RECIPIENT\",,,5,\"Стороны обсудили \"\"водную\"\" повестку\"\r\n";

        MvcResult result = mvc.perform(upload("events.csv", csv).with(editor).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(UPLOAD))
                .andExpect(flash().attribute("confirmation", Confirmation.of("upload.done", "2 events")))
                .andReturn();

        assertThat(uploaded()).isEqualTo(2);
        assertThat(jdbc.sql("select date_earliest || ' ' || date_precision from event where title_en = 'Uploaded visit'")
                .query(String.class).single()).isEqualTo("2026-01-27 DAY");
        assertThat(jdbc.sql("select string_agg(state_code || ':' || side, ',' order by state_code) from event_state "
                + "where event_id = (select id from event where title_en like 'Uploaded call%')").query(String.class).single())
                .isEqualTo("IL:INITIATOR,KZ:RECIPIENT");
        assertThat(jdbc.sql("select quoted_passage from event_source where event_id = "
                + "(select id from event where title_en like 'Uploaded call%')").query(String.class).single())
                .isEqualTo("Стороны обсудили \"водную\" повестку");
        long visit = jdbc.sql("select id from event where title_en = 'Uploaded visit'").query(Long.class).single();
        mvc.perform(get(UPLOAD).with(editor).with(inContainerSession()).flashAttrs(result.getFlashMap()))
                .andExpect(content().string(allOf(containsString("Added 2 events."),
                        containsString("href=\"/events/" + visit + "\""), containsString(">Uploaded visit</a>"))));
    }

    @Test
    void aGoodNdjsonFileAddsEveryEvent() throws Exception {
        String ndjson = json("Uploaded line one", "2026-01") + "\n\n" + json("Uploaded line two", "2026-02") + "\n";

        mvc.perform(upload("events.ndjson", ndjson).with(editor).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("confirmation", Confirmation.of("upload.done", "2 events")));

        assertThat(uploaded()).isEqualTo(2);
    }

    @Test
    void problemsOnLinesTwoAndFourAreEachReportedAndNothingIsWritten() throws Exception {
        String csv = HEADER
                + row("VISIT", "2026-13-45", "Uploaded bad date", "KZ:HOST; IL:GUEST", "water", 4, "passage")
                + row("VISIT", "2026-01", "Uploaded good one", "KZ:HOST; IL:GUEST", "water", 4, "passage")
                + row("VISIT", "2026-01", "Uploaded unknown source", "KZ:HOST; IL:GUEST", "water", 99999, "passage");
        long before = events();

        mvc.perform(upload("events.csv", csv).with(editor).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Nothing was added: the file has problems on 2 lines, listed below."),
                        containsString("<td>2</td>"), containsString("<code>date</code>"),
                        containsString("is not a date we can read"),
                        containsString("<td>4</td>"), containsString("<code>source_id</code>"),
                        containsString("No source has this number"),
                        not(containsString("<td>3</td>")))));

        assertThat(events()).isEqualTo(before);
        assertThat(uploaded()).isZero();
    }

    @Test
    void theReportIsInRussianForARussianReader() throws Exception {
        String csv = HEADER
                + row("VISIT", "2026-01", "Uploaded unknown source", "KZ:HOST; IL:GUEST", "water", 99999, "passage")
                + row("CALL", "2026-01", "Uploaded unknown side", "KZ:SOMEWHERE", "", 4, "passage");

        mvc.perform(upload("events.csv", csv).with(editor).with(csrf()).header("Accept-Language", "ru"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Ничего не добавлено: в файле есть ошибки (2 строки, см. ниже)."),
                        containsString("Ошибки по строкам файла"),
                        containsString("Нет источника с таким номером"),
                        containsString("Такой стороны в событии нет"))));
        assertThat(uploaded()).isZero();
    }

    @Test
    void checkOnlyReportsAGoodFileAndWritesNothing() throws Exception {
        String csv = HEADER + row("VISIT", "2026-01", "Uploaded checked", "KZ:HOST; IL:GUEST", "water", 4, "passage");

        mvc.perform(upload("events.csv", csv).param("checkOnly", "true").with(editor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is good: 1 event, no problems. Nothing was added")));

        assertThat(uploaded()).isZero();
    }

    @Test
    void aFileOfAnotherKindOrNoFileIsRefusedOnThePage() throws Exception {
        mvc.perform(upload("events.xlsx", "PK…").with(editor).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose a .csv, .ndjson or .jsonl file")));
        mvc.perform(multipart(UPLOAD).with(editor).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose a file of events to upload")));
        mvc.perform(upload("events.csv", HEADER).with(editor).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The file holds no events")));
        mvc.perform(upload("events.csv", new byte[] {'k', 'i', 'n', 'd', '\n', (byte) 0xCA, (byte) 0xE0}).with(editor).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The file is not UTF-8 text")));
    }

    @Test
    void whatTheFileSaysIsShownEscaped() throws Exception {
        String csv = "kind,status,date,title_en,states,source_id,quoted_passage,<script>alert(1)</script>\n";

        mvc.perform(upload("events.csv", csv).with(editor).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        not(containsString("<script>alert(1)")))));
    }

    @Test
    void aViewerMayNeitherOpenTheFormNorUpload() throws Exception {
        RequestPostProcessor viewer = user(accounts.create("VIEWER")).roles("VIEWER");
        String csv = HEADER + row("VISIT", "2026-01", "Uploaded by a viewer", "KZ:HOST; IL:GUEST", "water", 4, "passage");

        mvc.perform(get(UPLOAD).with(viewer)).andExpect(status().isForbidden());
        mvc.perform(upload("events.csv", csv).with(viewer).with(csrf())).andExpect(status().isForbidden());

        assertThat(uploaded()).isZero();
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        String csv = HEADER + row("VISIT", "2026-01", "Uploaded without a token", "KZ:HOST; IL:GUEST", "water", 4, "passage");

        mvc.perform(upload("events.csv", csv).with(editor)).andExpect(status().isForbidden());

        assertThat(uploaded()).isZero();
    }

    private static MockMultipartHttpServletRequestBuilder upload(String name, String content) {
        return upload(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
        return multipart(UPLOAD).file(new MockMultipartFile("file", name, "application/octet-stream", content));
    }

    private static String row(String kind, String date, String title, String states, String topics, long source, String passage) {
        return String.join(",", kind, "HAPPENED", '"' + date + '"', '"' + title + '"', "", '"' + states + '"', "",
                '"' + topics + '"', String.valueOf(source), '"' + passage + '"') + "\r\n";
    }

    private String json(String title, String date) {
        return """
                {"kind": "MEETING", "status": "HAPPENED", "title": {"en": "%s"}, "date": "%s", \
                "states": [{"code": "KZ", "side": "HOST"}, {"code": "IL", "side": "GUEST"}], \
                "sources": [{"sourceId": %d, "quotedPassage": "В 2026 году ожидаются активные официальные визиты"}]}"""
                .formatted(title, date, new ShippedRecord(jdbc).trendInterview());
    }

    private long uploaded() {
        return jdbc.sql("select count(*) from event where title_en like 'Uploaded %'").query(Long.class).single();
    }

    private long events() {
        return jdbc.sql("select count(*) from event").query(Long.class).single();
    }
}
