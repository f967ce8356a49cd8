package org.chancery.security.web;

import java.util.ArrayList;
import java.util.List;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.TestAccounts;
import org.chancery.common.web.Confirmation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.security.web.PageRequests.between;
import static org.chancery.security.web.PageRequests.from;
import static org.chancery.ContainerSessions.inSession;
import static org.chancery.security.web.PageRequests.signedIn;
import static org.chancery.security.web.PageRequests.withFormKey;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /account}: everyone signed in, their own password and their own tokens. */
@ChanceryIntegrationTest
class OwnAccountPagesIntegrationTests {

    private static final String NEW_PASSWORD = "a-brand-new-long-password";
    /** Where this class's failed sign-ins come from (TEST-NET-1), so they count against no one else's. */
    private static final String ADDRESS = "192.0.2.42";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    private TestAccounts accounts;
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void prepare() {
        accounts = new TestAccounts(jdbc, encoder);
    }

    @AfterEach
    void removeEverythingCreated() {
        if (created.isEmpty()) {
            return;
        }
        List<String> accountIds = jdbc.sql("select id::text from account where username in (:names)")
                .param("names", created).query(String.class).list();
        List<String> tokenIds = jdbc.sql("select t.id::text from api_token t join account a on a.id = t.account_id "
                + "where a.username in (:names)").param("names", created).query(String.class).list();
        deleteHistory("accounts", accountIds);
        deleteHistory("api-tokens", tokenIds);
        List<String> subjects = new ArrayList<>(created);
        subjects.add(ADDRESS);
        jdbc.sql("delete from sign_in_throttle where subject in (:subjects)").param("subjects", subjects).update();
        accounts.removeAll(); // and with them their tokens
    }

    @Test
    void everySignedInAccountHasItsPageAndAnonymousVisitorsAreSentToSignIn() throws Exception {
        String viewer = account("VIEWER");

        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").with(user(viewer).roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(viewer), containsString("Viewer"),
                        containsString("href=\"/account/password\""), containsString("href=\"/account/tokens/new\""))));
    }

    @Test
    void aPasswordChangeWantsTheCurrentPasswordAndSavesNothingWithoutIt() throws Exception {
        String editor = account("EDITOR");
        String hash = hashOf(editor);

        String page = mvc.perform(post("/account/password").with(as(editor, "EDITOR")).with(csrf()).with(from(ADDRESS))
                        .param("currentPassword", "not-my-password").param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"#currentPassword\">The current password is not right</a>")
                .contains("id=\"currentPassword-error\"")
                .doesNotContain("not-my-password").doesNotContain(NEW_PASSWORD);
        assertThat(hashOf(editor)).isEqualTo(hash);
    }

    @Test
    void aPasswordChangeShowsEveryProblemAtOnceInRussian() throws Exception {
        String editor = account("EDITOR");

        mvc.perform(post("/account/password").with(as(editor, "EDITOR")).with(csrf()).header("Accept-Language", "ru")
                        .param("currentPassword", "").param("password", "short").param("confirmation", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Форма заполнена с ошибками"),
                        containsString("<a href=\"#currentPassword\">Введите текущий пароль</a>"),
                        containsString("<a href=\"#password\">Пароль должен быть не короче 12 символов</a>"),
                        containsString("<a href=\"#confirmation\">Пароли не совпадают</a>"))));
    }

    @Test
    void aPasswordChangeTakesEffectAndKeepsThisSessionSignedIn() throws Exception {
        String editor = account("EDITOR");
        MockHttpSession session = signedIn(mvc, editor, TestAccounts.PASSWORD);
        MockHttpSession otherSession = signedIn(mvc, editor, TestAccounts.PASSWORD);

        mvc.perform(post("/account/password").with(inSession(session)).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD).param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("account.password.done.changed")));

        mvc.perform(get("/account").with(inSession(session))).andExpect(status().isOk());
        mvc.perform(get("/account").with(inSession(otherSession))).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login").user(editor).password(NEW_PASSWORD)).andExpect(authenticated());
        assertThat(jdbc.sql("select changes::text from change_log where resource = 'accounts' and record_key = ?")
                .param(String.valueOf(idOf(editor))).query(String.class).single())
                .contains("password").doesNotContain(NEW_PASSWORD);
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefused() throws Exception {
        String editor = account("EDITOR");
        String hash = hashOf(editor);

        mvc.perform(post("/account/password").with(as(editor, "EDITOR"))
                        .param("currentPassword", TestAccounts.PASSWORD).param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").with(as(editor, "EDITOR")).param("name", "no token").param("scope", "READ"))
                .andExpect(status().isForbidden());

        assertThat(hashOf(editor)).isEqualTo(hash);
        assertThat(tokensOf(editor)).isZero();
    }

    @Test
    void aNewTokensSecretIsShownOnceInTheAnswerAndKeptNowhere() throws Exception {
        String editor = account("EDITOR");
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequestBuilder create = withFormKey(post("/account/tokens"), session).with(as(editor, "EDITOR"))
                .with(csrf()).param("name", "nightly import").param("scope", "WRITE").param("expiresOn", "2099-12-31");

        MvcResult issued = mvc.perform(create)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andExpect(content().string(allOf(containsString("nightly import"), containsString("Write"),
                        containsString("1 January 2100, 00:00 UTC"))))
                .andReturn();
        String secret = between(issued.getResponse().getContentAsString(), "id=\"token-secret\">", "</code>");

        assertThat(secret).matches("chy_[A-Za-z0-9_-]{43}");
        assertThat(issued.getFlashMap().isEmpty()).isTrue();
        assertThat(issued.getRequest().getSession().getAttributeNames().asIterator())
                .toIterable().allSatisfy(name -> assertThat(String.valueOf(
                        issued.getRequest().getSession().getAttribute(name))).doesNotContain(secret));
        String row = jdbc.sql("select row_to_json(t)::text from api_token t join account a on a.id = t.account_id "
                + "where a.username = ?").param(editor).query(String.class).single();
        assertThat(row).doesNotContain(secret).contains(secret.substring(0, 12));
        mvc.perform(get("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)).andExpect(status().isOk());
        mvc.perform(get("/account").with(as(editor, "EDITOR")))
                .andExpect(content().string(allOf(containsString("nightly import"),
                        containsString(secret.substring(0, 12) + "…"), not(containsString(secret)))));

        // The browser's reload posts the same form again: no second token, and no secret.
        mvc.perform(create)
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("account.token.done.alreadyIssued")));
        assertThat(tokensOf(editor)).isOne();
    }

    @Test
    void aViewerMayHoldReadTokensOnly() throws Exception {
        String viewer = account("VIEWER");
        MockHttpSession session = new MockHttpSession();

        mvc.perform(get("/account/tokens/new").with(as(viewer, "VIEWER")))
                .andExpect(content().string(allOf(containsString("<option value=\"READ\""),
                        not(containsString("<option value=\"WRITE\"")))));
        mvc.perform(withFormKey(post("/account/tokens"), session).with(as(viewer, "VIEWER")).with(csrf())
                        .param("name", "dashboard").param("scope", "WRITE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#scope\">A viewer’s account may hold read tokens only</a>")));
        assertThat(tokensOf(viewer)).isZero();

        mvc.perform(withFormKey(post("/account/tokens"), session).with(as(viewer, "VIEWER")).with(csrf())
                        .param("name", "dashboard").param("scope", "READ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"token-secret\"")));
        assertThat(tokensOf(viewer)).isOne();
    }

    @Test
    void aTokenFormShowsItsProblemsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        String editor = account("EDITOR");
        MockHttpSession session = new MockHttpSession();

        mvc.perform(withFormKey(post("/account/tokens"), session).with(as(editor, "EDITOR")).with(csrf())
                        .param("name", "x".repeat(101)).param("scope", "READ").param("expiresOn", "2001-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#name\">The name is too long: at most 100 characters</a>"),
                        containsString("<a href=\"#expiresOn\">The last day cannot be in the past</a>"),
                        containsString("value=\"" + "x".repeat(101) + "\""), containsString("value=\"2001-01-01\""))));
        mvc.perform(withFormKey(post("/account/tokens"), session).with(as(editor, "EDITOR")).with(csrf())
                        .param("name", "dashboard").param("scope", "READ").param("expiresOn", "next week"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#expiresOn\">Enter a date as year-month-day, such as 2026-12-31</a>"),
                        containsString("value=\"next week\""))));

        assertThat(tokensOf(editor)).isZero();
    }

    @Test
    void aTokenNameWithMarkupIsShownEscaped() throws Exception {
        String editor = account("EDITOR");
        String name = "<script>alert('token')</script>";

        String issued = mvc.perform(withFormKey(post("/account/tokens"), new MockHttpSession()).with(as(editor, "EDITOR"))
                        .with(csrf()).param("name", name).param("scope", "READ"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String listed = mvc.perform(get("/account").with(as(editor, "EDITOR")))
                .andReturn().getResponse().getContentAsString();

        for (String page : List.of(issued, listed)) {
            assertThat(page).contains("&lt;script&gt;alert(&#39;token&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        }
    }

    @Test
    void aTokenIsRevokedAfterAConfirmationAndStopsWorking() throws Exception {
        String editor = account("EDITOR");
        MvcResult issued = mvc.perform(withFormKey(post("/account/tokens"), new MockHttpSession())
                        .with(as(editor, "EDITOR")).with(csrf()).param("name", "to revoke").param("scope", "READ"))
                .andReturn();
        String secret = between(issued.getResponse().getContentAsString(), "id=\"token-secret\">", "</code>");
        long id = jdbc.sql("select t.id from api_token t join account a on a.id = t.account_id where a.username = ?")
                .param(editor).query(Long.class).single();

        mvc.perform(get("/account/tokens/" + id + "/revoke").with(as(editor, "EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Revoke the token “to revoke”?"),
                        containsString("action=\"/account/tokens/" + id + "/revoke\""))));
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(as(editor, "EDITOR")).with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("account.token.done.revoked", "to revoke")));

        mvc.perform(get("/api/v1/events").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/account").with(as(editor, "EDITOR"))).andExpect(content().string(containsString("revoked")));
    }

    @Test
    void nobodyRevokesAnothersTokenHere() throws Exception {
        String owner = account("EDITOR");
        String other = account("EDITOR");
        mvc.perform(withFormKey(post("/account/tokens"), new MockHttpSession()).with(as(owner, "EDITOR")).with(csrf())
                .param("name", "mine").param("scope", "READ")).andExpect(status().isOk());
        long id = jdbc.sql("select t.id from api_token t join account a on a.id = t.account_id where a.username = ?")
                .param(owner).query(Long.class).single();

        mvc.perform(get("/account/tokens/" + id + "/revoke").with(as(other, "EDITOR"))).andExpect(status().isNotFound());
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(as(other, "EDITOR")).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("select revoked_at is null from api_token where id = ?").param(id).query(Boolean.class).single())
                .isTrue();
    }


    private String account(String role) {
        String username = accounts.create(role);
        created.add(username);
        return username;
    }

    private static RequestPostProcessor as(String username, String role) {
        return user(username).roles(role);
    }


    private void deleteHistory(String resource, List<String> keys) {
        if (!keys.isEmpty()) {
            jdbc.sql("delete from change_log where resource = :resource and record_key in (:keys)")
                    .param("resource", resource).param("keys", keys).update();
        }
    }

    private long idOf(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }

    private String hashOf(String username) {
        return jdbc.sql("select password_hash from account where username = ?").param(username).query(String.class).single();
    }

    private long tokensOf(String username) {
        return jdbc.sql("select count(*) from api_token t join account a on a.id = t.account_id where a.username = ?")
                .param(username).query(Long.class).single();
    }
}
