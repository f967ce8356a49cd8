package org.chancery.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.SlowTest;
import org.chancery.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile input, as an attacker sends it, against every family of routes: undecodable and
 * control characters in queries, paths and headers, unknown list parameters, JSON bodies with
 * NUL, lone surrogates and numbers for text, page forms that do not bind. Each must be
 * answered 4xx, as a problem detail on the API and a page elsewhere, never 5xx; and when all
 * have been sent, every data table is byte for byte what it was before.
 *
 * <p>Addresses, headers and bodies go over a plain socket, byte for byte, so that Tomcat reads
 * them as it reads an attacker's; the page forms go through MockMvc, which signs them.
 */
@SlowTest
@ChanceryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIntegrationTests {

    /** Tables whose rows a refused request may still touch: sign-ins and the accounts' last sign-in. */
    // record_version is the ETags' validator, not record data: moving it costs a cache miss.
    private static final List<String> NOT_DATA = List.of("account", "api_token", "sign_in_throttle", "flyway_schema_history",
            "record_version");

    private static final List<String> API_READS = List.of("/api/v1/events", "/api/v1/states", "/api/v1/topics",
            "/api/v1/sources", "/api/v1/persons", "/api/v1/offices", "/api/v1/institutions", "/api/v1/agreements",
            "/api/v1/economic-figures", "/api/v1/events.csv", "/api/v1/events.ndjson", "/api/v1/economic-figures.csv",
            "/api/v1/calendar.ics");
    private static final List<String> PAGE_READS = List.of("/", "/timeline", "/sources", "/persons",
            "/institutions", "/agreements", "/figures", "/search", "/states");
    private static final List<String> HOSTILE_QUERIES = List.of("state=%ff%fe", "q=%00", "q=%ED%A0%80", "q=%C0%AF",
            "q=%", "q=%zz", "%ff=1", "q=a%01b", "q=%7F", "q=%F4%90%80%80", "from=%E2%82");
    private static final List<String> HOSTILE_PATHS = List.of("/api/v1/events/%00", "/api/v1/events/%ff",
            "/api/v1/events/1;drop", "/api/v1/sources/1%00", "/api/v1/persons/%C0%AF", "/api/v1/nothing-here",
            "/api/v1/events/1%3Bdrop", "/events/%00", "/events/%ff", "/events/1;drop", "/sources/%E2%82",
            "/nothing-here", "/api/v1/events/%2e%2e/states");
    private static final List<String> JSON_WRITES = List.of("/api/v1/sources", "/api/v1/persons", "/api/v1/institutions",
            "/api/v1/events", "/api/v1/economic-figures", "/api/v1/agreements", "/api/v1/offices", "/api/v1/topics");
    private static final List<String> HOSTILE_BODIES = List.of(
            "{\"title\": \"a\\u0000b\", \"language\": \"en\"}",
            "{\"title\": \"\\ud800\", \"language\": \"en\"}",
            "{\"title\": \"ok\\udc00\", \"language\": \"en\"}",
            "{\"title\": 42, \"language\": \"en\"}",
            "{\"title\": true, \"language\": \"en\"}",
            "{\"title\": \"x\", \"language\": \"en\", \"unknown\": 1}",
            "{\"title\": \"x\", \"language\": ",
            "[]",
            "null",
            "\"text\"",
            "{\"names\": {\"en\": \"a\\u0000\"}}",
            "{\"kind\": \"TEMPLE\"}");
    /** Fields the event form keeps out of sight (the version it was opened on, "this is another event"). */
    private static final List<String> HIDDEN_FIELDS = List.of("version", "distinct");
    private static final List<String> PAGE_FORMS = List.of("/sources", "/persons", "/institutions", "/offices", "/events");

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired JsonMapper json;

    private final JsonMapper reader = JsonMapper.builder().build();
    private TestAccounts accounts;
    private String editor;
    private Map<String, String> before;
    private String token;
    private String tokenId;
    /** Saar's visit to Astana, the shipped event every family of event routes is tried on: {@code /events/12}. */
    private String saarsVisit;
    /** The Nezavisimaya Gazeta article about it, as the API names it: {@code /api/v1/sources/4}. */
    private String article;
    private long articleId;

    /** An editor's write token: bcrypt on every request would make each hostile body cost 100 ms of hashing. */
    @BeforeAll
    void makeAnEditorWithATokenThenRememberTheTables() throws Exception {
        ShippedRecord record = new ShippedRecord(jdbc);
        saarsVisit = ShippedRecord.address("events", record.event("Israeli Foreign Minister Gideon Saar visits Astana"));
        articleId = record.source("Независимая газета (CentrAsia)", LocalDate.of(2026, 1, 27));
        article = "/api/v1" + ShippedRecord.address("sources", articleId);
        accounts = new TestAccounts(jdbc, encoder);
        editor = accounts.create("EDITOR");
        JsonNode issued = reader.readTree(mvc.perform(post("/api/v1/tokens").with(httpBasic(editor, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"hostile input\", \"scope\": \"WRITE\", \"expiresAt\": \"2099-01-01T00:00:00Z\"}"))
                .andReturn().getResponse().getContentAsString());
        token = issued.get("secret").asString();
        tokenId = issued.get("id").asString();
        before = fingerprints();
    }

    @AfterAll
    void removeTheEditorAndItsToken() {
        jdbc.sql("delete from change_log where resource = 'api-tokens' and record_key = ?").param(tokenId).update();
        accounts.removeAll();
    }

    Stream<Arguments> hostileQueries() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : concat(API_READS, concat(PAGE_READS, List.of(saarsVisit)))) {
            for (String query : HOSTILE_QUERIES) {
                cases.add(Arguments.of(route + "?" + query));
            }
        }
        return cases.stream();
    }

    @Order(1)
    @ParameterizedTest(name = "GET {0}")
    @MethodSource("hostileQueries")
    void anUndecodableQueryIsRefusedWith400(String target) throws IOException {
        Answer answer = send("GET " + target + " HTTP/1.1\r\n", null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        expectTheSidesFormat(target, answer);
    }

    static Stream<String> unknownListParameters() {
        return API_READS.stream().map(route -> route + "?stat=KZ");
    }

    @Order(2)
    @ParameterizedTest(name = "GET {0}")
    @MethodSource("unknownListParameters")
    void anUnknownListParameterIsRefusedByName(String target) throws IOException {
        Answer answer = send("GET " + target + " HTTP/1.1\r\n", null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        JsonNode problem = expectTheSidesFormat(target, answer);
        assertThat(problem.get("invalidParams").toString()).contains("\"stat\"");
    }

    static Stream<String> hostilePaths() {
        return HOSTILE_PATHS.stream();
    }

    @Order(3)
    @ParameterizedTest(name = "GET {0}")
    @MethodSource("hostilePaths")
    void aHostilePathIsAnsweredWithAClientError(String target) throws IOException {
        Answer answer = send("GET " + target + " HTTP/1.1\r\n", null);

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        expectTheSidesFormat(target, answer);
    }

    Stream<Arguments> hostileHeaders() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : List.of("/api/v1/events", article, "/timeline", "/sources")) {
            for (String header : List.of("If-Match: \"1\u0000\"", "If-None-Match: \u0001", "Accept-Language: en\u0000",
                    "X-Chancery-Test: a\u0007b", "Content-Type: \u0000/json", "Accept: text/\u007fhtml")) {
                cases.add(Arguments.of(route, header));
            }
        }
        return cases.stream();
    }

    @Order(4)
    @ParameterizedTest(name = "GET {0} with {1}")
    @MethodSource("hostileHeaders")
    void aHeaderWithControlCharactersIsRefusedWith400(String target, String header) throws IOException {
        Answer answer = send("GET " + target + " HTTP/1.1\r\n" + header + "\r\n", null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        expectTheSidesFormat(target, answer);
    }

    Stream<Arguments> hostileBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : JSON_WRITES) {
            for (String body : HOSTILE_BODIES) {
                cases.add(Arguments.of("POST", route, body.getBytes(StandardCharsets.UTF_8)));
            }
            cases.add(Arguments.of("POST", route, new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xff,
                    (byte) 0xfe, '"', '}'}));
        }
        for (String body : HOSTILE_BODIES) {
            cases.add(Arguments.of("PATCH", article, body.getBytes(StandardCharsets.UTF_8)));
            cases.add(Arguments.of("PUT", article, body.getBytes(StandardCharsets.UTF_8)));
        }
        return cases.stream();
    }

    @Order(5)
    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("hostileBodies")
    void aHostileJsonBodyIsRefusedAndWritesNothing(String method, String target, byte[] body) throws IOException {
        String type = method.equals("PATCH") ? "application/merge-patch+json" : "application/json";
        Answer answer = send(method + " " + target + " HTTP/1.1\r\nContent-Type: " + type + "\r\nIf-Match: \"0\"\r\n"
                + "Authorization: Bearer " + token + "\r\n", body);

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        expectTheSidesFormat(target, answer);
    }

    @Order(6)
    @ParameterizedTest(name = "{0}")
    @MethodSource("textsThatAreNotText")
    void textThatCannotBeStoredIsNamedInTheProblem(String body, String reason) throws IOException {
        Answer answer = send("POST /api/v1/sources HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + token + "\r\n", body.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        JsonNode problem = expectTheSidesFormat("/api/v1/sources", answer);
        assertThat(problem.get("invalidParams").toString()).contains("\"name\":\"title\"").contains(reason);
    }

    static Stream<Arguments> textsThatAreNotText() {
        return Stream.of(Arguments.of("{\"title\": \"a\\u0000b\", \"language\": \"en\"}", "NUL"),
                Arguments.of("{\"title\": \"\\ud800\", \"language\": \"en\"}", "lone surrogate"),
                Arguments.of("{\"title\": 42, \"language\": \"en\"}", "must be a JSON string"));
    }

    @Order(6)
    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesThatNameNothing")
    void aValueThatNamesNothingIsRefusedNamingItsField(String body, String field) throws IOException {
        Answer answer = send("POST /api/v1/sources HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + token + "\r\n", body.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        JsonNode problem = expectTheSidesFormat("/api/v1/sources", answer);
        assertThat(problem.get("invalidParams").toString()).contains("\"name\":\"" + field + "\"");
    }

    static Stream<Arguments> valuesThatNameNothing() {
        return Stream.of(Arguments.of("{\"title\": \"t\", \"language\": \"xx-evil\"}", "language"),
                Arguments.of("{\"title\": \"t\", \"language\": \"zz\"}", "language"),
                Arguments.of("{\"title\": \"t\", \"language\": \"en-QQ\"}", "language"),
                Arguments.of("{\"title\": \"t\", \"language\": \"en\", \"publishedOn\": \"\"}", "publishedOn"),
                Arguments.of("{\"title\": \"t\", \"language\": \"en\", \"publishedOn\": \"2026-02-30\"}", "publishedOn"));
    }

    @Order(6)
    @Test
    void tenThousandCopiesOfAStateAreRefusedNotCollapsed() throws IOException {
        String states = String.join(", ", java.util.Collections.nCopies(10_000, "{\"code\": \"KZ\", \"side\": \"HOST\"}"));
        String body = """
                {"kind": "VISIT", "status": "PLANNED", "title": {"en": "Hostile copies"}, "date": "2027-03",
                 "states": [{"code": "IL", "side": "GUEST"}, %s],
                 "sources": [{"sourceId": %d, "quotedPassage": "Визит главы МИД Израиля"}]}""".formatted(states, articleId);

        Answer answer = send("POST /api/v1/events HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + token + "\r\n", body.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        JsonNode problem = expectTheSidesFormat("/api/v1/events", answer);
        assertThat(problem.get("invalidParams").toString()).contains("\"name\":\"states[2].code\"")
                .doesNotContain("states[3].code");
    }

    static Stream<Arguments> hostileForms() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : PAGE_FORMS) {
            for (String value : List.of("a\u0000b", "\ud800", "x\u0001y", "bad \ufffd bytes")) {
                for (String field : List.of("title", "nameEn", "titleEn", "outlet")) {
                    cases.add(Arguments.of(route, Map.of(field, value, "language", "en", "kind", "VISIT")));
                }
            }
        }
        return cases.stream();
    }

    @Order(7)
    @ParameterizedTest(name = "POST {0} {1}")
    @MethodSource("hostileForms")
    void aFormWithTextThatCannotBeStoredIsRefusedWith400(String route, Map<String, String> fields) throws Exception {
        MvcResult result = mvc.perform(form(post(route), fields)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }

    static Stream<Arguments> formsThatDoNotBind() {
        return Stream.of(Arguments.of("kind", "TEMPLE"), Arguments.of("agreementId", "abc"),
                Arguments.of("agreementId", "99999999999999999999"), Arguments.of("version", "abc"),
                Arguments.of("status", "MAYBE"), Arguments.of("visitLevel", "9"), Arguments.of("distinct", "perhaps"));
    }

    @Order(8)
    @ParameterizedTest(name = "POST /events {0}={1}")
    @MethodSource("formsThatDoNotBind")
    void anEventFormThatDoesNotBindComesBackWithTheFieldMarkedAndWhatWasTyped(String field, String value) throws Exception {
        for (String route : List.of("/events", saarsVisit)) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("titleEn", "Typed by hand");
            fields.put("status", "HAPPENED");
            fields.put("kind", "VISIT");
            fields.put(field, value);
            MvcResult result = mvc.perform(form(post(route), fields)).andReturn();

            assertThat(result.getResponse().getStatus()).as(route).isBetween(400, 499);
            String page = result.getResponse().getContentAsString();
            assertThat(page).as(route).contains("<form").contains("value=\"Typed by hand\"").contains("class=\"error-summary\"");
            if (!HIDDEN_FIELDS.contains(field)) {
                assertThat(page).as(route).contains("aria-invalid=\"true\"");
            }
        }
    }

    static Stream<Arguments> otherFormsThatDoNotBind() {
        return Stream.of(Arguments.of("/agreements", "kind", "TEMPLE"), Arguments.of("/agreements", "multilateral", "perhaps"),
                Arguments.of("/figures", "indicator", "TEMPLE"), Arguments.of("/figures", "qualifier", "ROUGHLY"),
                Arguments.of("/institutions", "kind", "TEMPLE"), Arguments.of("/offices", "institution", "abc"),
                Arguments.of("/sources", "published", "yesterday"), Arguments.of("/persons", "version", "abc"),
                Arguments.of("/sources", "version", "99999999999999999999"));
    }

    @Order(8)
    @ParameterizedTest(name = "POST {0} {1}={2}")
    @MethodSource("otherFormsThatDoNotBind")
    void anyPageFormThatDoesNotBindComesBackWithWhatWasTyped(String route, String field, String value) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nameEn", "Typed by hand");
        fields.put("title", "Typed by hand");
        fields.put("titleEn", "Typed by hand");
        fields.put("amount", "Typed by hand");
        fields.put(field, value);
        MvcResult result = mvc.perform(form(post(route), fields)).andReturn();

        // Some of these pages answer a refused form with 200, others 422: never 5xx, never saved.
        assertThat(result.getResponse().getStatus()).isIn(200, 400, 409, 422);
        assertThat(result.getResponse().getContentAsString()).contains("<form").contains("value=\"Typed by hand\"")
                .contains("class=\"error-summary\"");
    }

    /** No page renders such a row, so only a hand-made request sends one: refused at the boundary, naming it. */
    @Order(9)
    @ParameterizedTest(name = "POST {0} {1}")
    @MethodSource("rowsNoFormHas")
    void aRowNoFormHasIsRefusedWith400(String route, String field) throws Exception {
        MvcResult result = mvc.perform(form(post(route), Map.of("titleEn", "Typed by hand", field, "KZ"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }

    Stream<Arguments> rowsNoFormHas() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : List.of("/events", saarsVisit, "/persons", "/agreements")) {
            for (String field : List.of("states[99999].state", "states[-1].state", "states[x].state", "sources[256].sourceId")) {
                cases.add(Arguments.of(route, field));
            }
        }
        return cases.stream();
    }

    @Order(Integer.MAX_VALUE)
    @Test
    void everyDataTableIsByteForByteWhatItWasBefore() {
        assertThat(fingerprints()).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        request.with(user(editor).roles("EDITOR")).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        fields.forEach(request::param);
        return request;
    }

    /** The side's own format: a problem detail under /api/, a page elsewhere. */
    private JsonNode expectTheSidesFormat(String target, Answer answer) {
        if (target.startsWith("/api/")) {
            assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
            JsonNode problem = reader.readTree(answer.body());
            assertThat(problem.get("status").asInt()).as(answer.toString()).isEqualTo(answer.status());
            assertThat(problem.get("type").asString()).startsWith("https://chancery.example/problems/");
            return problem;
        }
        assertThat(answer.header("content-type")).as(answer.toString()).startsWith("text/html");
        assertThat(answer.body()).contains("<html");
        return reader.createObjectNode();
    }

    /** Sends the request line and headers as written (Latin-1, byte for byte), then the body. */
    private Answer send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(head).append("Host: localhost\r\nConnection: close\r\n");
            if (body != null) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return Answer.read(socket.getInputStream());
        }
    }

    private Map<String, String> fingerprints() {
        Map<String, String> result = new LinkedHashMap<>();
        for (String table : jdbc.sql("select tablename from pg_tables where schemaname = 'public' order by tablename")
                .query(String.class).list()) {
            if (!NOT_DATA.contains(table)) {
                result.put(table, jdbc.sql("select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \""
                        + table + "\" t").query(String.class).single());
            }
        }
        return result;
    }

    private static List<String> concat(List<String> some, List<String> more) {
        List<String> all = new ArrayList<>(some);
        all.addAll(more);
        return all;
    }

    record Answer(int status, Map<String, String> headers, String body) {

        static Answer read(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String head = new String(all, 0, end < 0 ? all.length : end, StandardCharsets.ISO_8859_1);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
                }
            }
            byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(all, end + 4, all.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] crlf = {'\r', '\n'};
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = indexOf(chunked, crlf, at);
                if (lineEnd < 0) {
                    break;
                }
                int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).strip()
                        .split(";")[0], 16);
                if (size == 0) {
                    break;
                }
                int start = lineEnd + 2;
                int stop = Math.min(chunked.length, start + size);
                body.write(chunked, start, stop - start);
                at = stop + 2;
            }
            return body.toByteArray();
        }

        private static int indexOf(byte[] bytes, byte[] wanted, int from) {
            for (int i = from; i <= bytes.length - wanted.length; i++) {
                if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                    return i;
                }
            }
            return -1;
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        @Override
        public String toString() {
            return status + " " + headers.get("content-type") + " " + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }
}
