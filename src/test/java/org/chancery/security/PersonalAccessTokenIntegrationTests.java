package org.chancery.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.chancery.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SlowTest
@ChanceryIntegrationTest
class PersonalAccessTokenIntegrationTests {

    private static final String PASSWORD = TestAccounts.PASSWORD;
    private static final String TOKENS = "/api/v1/tokens";

    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private Account viewer;
    private Account editor;
    private Account otherEditor;
    private Account admin;

    @BeforeEach
    void createAccounts() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        viewer = accounts.save(new Account("tok-viewer-" + suffix, TestAccounts.PASSWORD_HASH, Role.VIEWER));
        editor = accounts.save(new Account("tok-editor-" + suffix, TestAccounts.PASSWORD_HASH, Role.EDITOR));
        otherEditor = accounts.save(new Account("tok-other-" + suffix, TestAccounts.PASSWORD_HASH, Role.EDITOR));
        admin = accounts.save(new Account("tok-admin-" + suffix, TestAccounts.PASSWORD_HASH, Role.ADMIN));
    }

    @AfterEach
    void removeAccountsAndWithThemTheirTokens() {
        List<Long> ids = List.of(viewer.getId(), editor.getId(), otherEditor.getId(), admin.getId());
        jdbc.sql("delete from change_log where resource = 'api-tokens' and record_key in "
                + "(select id::text from api_token where account_id in (:ids))").param("ids", ids).update();
        List.of(viewer, editor, otherEditor, admin).forEach(accounts::delete);
    }

    @Test
    void issuesATokenWhoseSecretIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        MvcResult result = mvc.perform(post(TOKENS).with(basic(editor)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"nightly import\", \"scope\": \"WRITE\", \"expiresAt\": \"2099-01-01T00:00:00Z\"}"))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.name").value("nightly import"))
                .andExpect(jsonPath("$.scope").value("WRITE"))
                .andExpect(jsonPath("$.account").value(editor.getUsername()))
                .andExpect(jsonPath("$.expiresAt").value("2099-01-01T00:00:00Z"))
                .andExpect(jsonPath("$.createdAt").isString())
                .andReturn();
        String body = result.getResponse().getContentAsString();
        String secret = JsonPath.read(body, "$.secret");
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        assertThat(secret).matches("chy_[A-Za-z0-9_-]{43}");
        assertThat((String) JsonPath.read(body, "$.prefix")).isEqualTo(secret.substring(0, 12));
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(TOKENS + "/" + id);

        String row = jdbc.sql("select row_to_json(t)::text from api_token t where id = ?").param(id)
                .query(String.class).single();
        assertThat(row).doesNotContain(secret).doesNotContain(secret.substring(12));
        assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(id).query(String.class).single())
                .isEqualTo(sha256(secret));

        String shownAgain = mvc.perform(get(TOKENS + "/" + id).with(basic(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.prefix").value(secret.substring(0, 12)))
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(shownAgain).doesNotContain(secret.substring(12));
    }

    @Test
    void aReadTokenReads() throws Exception {
        String secret = issue(editor, "READ").secret();

        mvc.perform(get("/api/v1/events").param("state", "KZ").with(bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray());
    }

    @Test
    void aReadTokenOfAnEditorCannotWrite() throws Exception {
        String secret = issue(editor, "READ").secret();

        mvc.perform(post("/api/v1/events").with(bearer(secret)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\""));
        mvc.perform(post(TOKENS).with(bearer(secret)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"escalation\", \"scope\": \"WRITE\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReadTokenCannotManageTokens() throws Exception {
        Issued read = issue(editor, "READ");

        mvc.perform(get(TOKENS).with(bearer(read.secret()))).andExpect(status().isForbidden());
        mvc.perform(delete(TOKENS + "/" + read.id()).with(bearer(read.secret()))).andExpect(status().isForbidden());
    }

    @Test
    void aWriteTokenOfAnEditorGetsPastTheDoorOnAWrite() throws Exception {
        String secret = issue(editor, "WRITE").secret();

        int status = mvc.perform(post("/api/v1/events").with(bearer(secret))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isNotIn(401, 403);

        mvc.perform(post(TOKENS).with(bearer(secret)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"made by a script\", \"scope\": \"READ\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.account").value(editor.getUsername()));
    }

    @Test
    void aRevokedTokenIsRefusedWith401() throws Exception {
        Issued issued = issue(editor, "WRITE");
        mvc.perform(get("/api/v1/events").with(bearer(issued.secret()))).andExpect(status().isOk());

        mvc.perform(delete(TOKENS + "/" + issued.id()).with(basic(editor))).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/events").with(bearer(issued.secret()))).andExpectAll(invalidToken());
        mvc.perform(get(TOKENS + "/" + issued.id()).with(basic(editor)))
                .andExpect(jsonPath("$.revokedAt").isString());
    }

    @Test
    void revokingTwiceIsRefusedByTheTokensRule() throws Exception {
        Issued issued = issue(editor, "READ");
        mvc.perform(delete(TOKENS + "/" + issued.id()).with(basic(editor))).andExpect(status().isNoContent());

        mvc.perform(delete(TOKENS + "/" + issued.id()).with(basic(editor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("api-token-revoked-once"));
    }

    @Test
    void anExpiredTokenIsRefusedWith401() throws Exception {
        Issued issued = issue(editor, "READ");
        // Relative to the application's clock (a TestClock), not the database's: the two differ.
        Instant now = clock.instant();
        jdbc.sql("update api_token set created_at = ?, expires_at = ? where id = ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(2))))
                .param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .param(issued.id()).update();

        mvc.perform(get("/api/v1/events").with(bearer(issued.secret()))).andExpectAll(invalidToken());
    }

    @Test
    void aDisabledAccountsTokenIsRefusedWith401() throws Exception {
        String secret = issue(editor, "WRITE").secret();
        jdbc.sql("update account set enabled = false where id = ?").param(editor.getId()).update();

        mvc.perform(get("/api/v1/events").with(bearer(secret))).andExpectAll(invalidToken());
    }

    @Test
    void garbageAndUnknownBearerTokensAreRefusedWith401ProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/events").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token"))
                .andExpectAll(invalidToken());
        mvc.perform(get("/api/v1/events").header(HttpHeaders.AUTHORIZATION, "Bearer chy_" + "x".repeat(43)))
                .andExpectAll(invalidToken());
        mvc.perform(get("/api/v1/events").header(HttpHeaders.AUTHORIZATION, "Bearer ¡not even token68!"))
                .andExpectAll(invalidToken());
        mvc.perform(post("/api/v1/events").header(HttpHeaders.AUTHORIZATION, "Bearer chy_" + "x".repeat(43))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpectAll(invalidToken());
    }

    @Test
    void aViewerCannotCreateAWriteToken() throws Exception {
        mvc.perform(post(TOKENS).with(basic(viewer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"import\", \"scope\": \"WRITE\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(jdbc.sql("select count(*) from api_token where account_id = ?").param(viewer.getId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void lastUsedIsRecordedAtMostOnceAMinute() throws Exception {
        Issued issued = issue(editor, "READ");
        assertThat(lastUsedAt(issued.id())).isNull();

        mvc.perform(get("/api/v1/events").with(bearer(issued.secret()))).andExpect(status().isOk());
        Instant first = lastUsedAt(issued.id());
        mvc.perform(get("/api/v1/events").with(bearer(issued.secret()))).andExpect(status().isOk());

        assertThat(first).isNotNull();
        assertThat(lastUsedAt(issued.id())).isEqualTo(first);
        mvc.perform(get(TOKENS + "/" + issued.id()).with(basic(editor)))
                .andExpect(jsonPath("$.lastUsedAt").isString());
    }

    @Test
    void listingShowsTheCallersTokensAndNeverASecret() throws Exception {
        Issued mine = issue(editor, "READ");
        Issued alsoMine = issue(editor, "WRITE");
        Issued theirs = issue(otherEditor, "READ");

        String body = mvc.perform(get(TOKENS).with(basic(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder((int) mine.id(), (int) alsoMine.id())))
                .andExpect(jsonPath("$.items[*].account").value(everyItem(is(editor.getUsername()))))
                .andExpect(jsonPath("$.items[*].secret").isEmpty())
                .andExpect(jsonPath("$.items[0].lastUsedAt").hasJsonPath())
                .andExpect(jsonPath("$.items[0].revokedAt").hasJsonPath())
                .andReturn().getResponse().getContentAsString();

        for (Issued issued : List.of(mine, alsoMine, theirs)) {
            assertThat(body).doesNotContain(issued.secret().substring(12)).doesNotContain(sha256(issued.secret()));
        }
    }

    @Test
    void anAdminListsEveryonesTokensAndOthersMayNot() throws Exception {
        Issued editors = issue(editor, "READ");
        Issued others = issue(otherEditor, "READ");

        mvc.perform(get(TOKENS).param("all", "true").with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) editors.id())))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) others.id())));
        mvc.perform(get(TOKENS).param("all", "true").with(basic(editor)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aNonAdminCannotSeeOrRevokeAnothersTokenAndLearnsNotThatItExists() throws Exception {
        Issued theirs = issue(otherEditor, "READ");

        mvc.perform(delete(TOKENS + "/" + theirs.id()).with(basic(editor)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(TOKENS + "/" + theirs.id()).with(basic(editor))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events").with(bearer(theirs.secret()))).andExpect(status().isOk());

        mvc.perform(delete(TOKENS + "/" + theirs.id()).with(basic(admin))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/events").with(bearer(theirs.secret()))).andExpectAll(invalidToken());
    }

    @Test
    void anUnknownIdIs404() throws Exception {
        mvc.perform(delete(TOKENS + "/" + Long.MAX_VALUE).with(basic(editor)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(delete(TOKENS + "/seven").with(basic(editor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("id"));
    }

    @Test
    void anonymousCallersAreRefusedWith401EvenWhereReadingIsPublic() throws Exception {
        mvc.perform(post(TOKENS).contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"scope\": \"READ\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE,
                        "Basic realm=\"Chancery\"", "Bearer realm=\"Chancery\""));
        mvc.perform(get(TOKENS)).andExpect(status().isUnauthorized());
    }

    @Test
    void httpBasicStillWorks() throws Exception {
        mvc.perform(get(TOKENS).with(basic(editor))).andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
        mvc.perform(get(TOKENS).with(httpBasic(editor.getUsername(), "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void invalidRequestsAreNamedFieldByField() throws Exception {
        mvc.perform(post(TOKENS).with(basic(editor)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"  \", \"scope\": \"READ\", \"expiresAt\": \"2001-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("name", "expiresAt")));
        mvc.perform(post(TOKENS).with(basic(editor)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"import\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("scope"));
        mvc.perform(post(TOKENS).with(basic(editor)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"import\", \"scope\": \"ADMIN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("scope"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(containsString("READ, WRITE")))
                .andExpect(jsonPath("$.detail").value(not(containsString("tools.jackson"))));
        mvc.perform(post(TOKENS).with(basic(editor)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"import\", \"scope\": \"READ\", \"expiresAt\": \"next week\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("expiresAt"));
        mvc.perform(post(TOKENS).with(basic(editor)).contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("$"));
        mvc.perform(post(TOKENS).with(basic(editor)).contentType(MediaType.TEXT_PLAIN).content("import READ"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(jdbc.sql("select count(*) from api_token where account_id = ?").param(editor.getId())
                .query(Long.class).single()).isZero();
    }

    private Issued issue(Account account, String scope) throws Exception {
        String body = mvc.perform(post(TOKENS).with(basic(account)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"test " + scope.toLowerCase() + "\", \"scope\": \"" + scope + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString(TOKENS + "/")))
                .andReturn().getResponse().getContentAsString();
        return new Issued(((Number) JsonPath.read(body, "$.id")).longValue(), JsonPath.read(body, "$.secret"));
    }

    private @Nullable Instant lastUsedAt(long id) {
        return jdbc.sql("select last_used_at from api_token where id = ?").param(id)
                .query((rs, row) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).list().getFirst();
    }

    private static RequestPostProcessor basic(Account account) {
        return httpBasic(account.getUsername(), PASSWORD);
    }

    private static RequestPostProcessor bearer(String secret) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
            return request;
        };
    }

    /** 401, a problem detail, RFC 6750's challenge, and not a word on why. */
    private static ResultMatcher[] invalidToken() {
        return new ResultMatcher[] {
                status().isUnauthorized(),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""),
                jsonPath("$.status").value(401),
                jsonPath("$.detail").value("The bearer token is not valid.")};
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.US_ASCII)));
    }

    private record Issued(long id, String secret) {
    }
}
