package org.chancery.security.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.chancery.TestAccounts;
import org.chancery.common.web.Confirmation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
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
import static org.chancery.ContainerSessions.inContainerSession;
import static org.chancery.ContainerSessions.inSession;
import static org.chancery.security.web.PageRequests.signedIn;
import static org.chancery.security.web.PageRequests.withFormKey;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /admin/accounts} as admins use it, and as nobody else may. */
@SlowTest
@ChanceryIntegrationTest
class AccountAdminPagesIntegrationTests {

    private static final String ACCOUNTS = "/admin/accounts";
    private static final String TYPED = "a-typed-long-password";
    private static final String OWN = "the editor's own long password";
    /** Where this class's failed sign-ins come from (TEST-NET-1), so they count against no one else's. */
    private static final String ADDRESS = "192.0.2.41";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    private TestAccounts accounts;
    private String admin;
    private final List<String> createdHere = new ArrayList<>();

    @BeforeEach
    void createAnAdmin() {
        accounts = new TestAccounts(jdbc, encoder);
        admin = account("ADMIN");
    }

    @AfterEach
    void removeEverythingCreated() {
        List<String> names = new ArrayList<>(createdHere);
        List<String> ids = jdbc.sql("select id::text from account where lower(username) in (:names)")
                .param("names", names.stream().map(String::toLowerCase).toList()).query(String.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("delete from change_log where resource = 'accounts' and record_key in (:ids)").param("ids", ids).update();
        }
        jdbc.sql("delete from sign_in_throttle where subject in (:subjects)")
                .param("subjects", concat(names.stream().map(String::toLowerCase).toList(), List.of(ADDRESS))).update();
        jdbc.sql("delete from account where lower(username) in (:names)")
                .param("names", names.stream().map(String::toLowerCase).toList()).update();
        accounts.removeAll();
    }

    @Test
    void onlyAdminsGetIn() throws Exception {
        for (String role : List.of("VIEWER", "EDITOR")) {
            RequestPostProcessor someone = user(account(role)).roles(role);
            // (The 403 page itself is rendered by the error dispatch, which MockMvc does not do; the browser test sees it.)
            mvc.perform(get(ACCOUNTS).with(someone)).andExpect(status().isForbidden());
            mvc.perform(get(ACCOUNTS + "/new").with(someone)).andExpect(status().isForbidden());
            mvc.perform(post(ACCOUNTS).with(someone).with(csrf()).param("username", "sneaky-" + role.toLowerCase())
                            .param("role", "ADMIN").param("passwordChoice", "GENERATE"))
                    .andExpect(status().isForbidden());
            assertThat(exists("sneaky-" + role.toLowerCase())).isFalse();
        }
        mvc.perform(get(ACCOUNTS)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(ACCOUNTS).with(asAdmin())).andExpect(status().isOk())
                .andExpect(content().string(containsString(admin)));
    }

    @Test
    void onlyAdminsSeeTheLinkToAccounts() throws Exception {
        String editor = account("EDITOR");

        mvc.perform(get("/").with(user(editor).roles("EDITOR")))
                .andExpect(content().string(allOf(containsString("href=\"/account\""), not(containsString("href=\"/admin/accounts\"")))));
        mvc.perform(get("/").with(asAdmin()))
                .andExpect(content().string(containsString("href=\"/admin/accounts\"")));
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(ACCOUNTS).with(asAdmin()).param("username", "no-token").param("role", "VIEWER")
                        .param("passwordChoice", "TYPE").param("password", TYPED).param("confirmation", TYPED))
                .andExpect(status().isForbidden());

        assertThat(exists("no-token")).isFalse();
    }

    @Test
    void createsAnAccountWithATypedPasswordThenRedirectsToItWithAConfirmation() throws Exception {
        String username = name("typed");
        MockHttpSession session = new MockHttpSession();

        MvcResult created = mvc.perform(withFormKey(post(ACCOUNTS), session).with(asAdmin()).with(csrf())
                        .param("username", username).param("role", "EDITOR")
                        .param("passwordChoice", "TYPE").param("password", TYPED).param("confirmation", TYPED))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern(ACCOUNTS + "/*"))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("admin.account.done.created", username)))
                .andReturn();

        mvc.perform(get(created.getResponse().getRedirectedUrl()).with(asAdmin()).with(inContainerSession())
                        .flashAttr(Confirmation.ATTRIBUTE, created.getFlashMap().get(Confirmation.ATTRIBUTE)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The account " + username + " was created."),
                        containsString("role=\"status\""), containsString("Editor"))));
        assertThat(jdbc.sql("select role from account where username = ?").param(username).query(String.class).single())
                .isEqualTo("EDITOR");
        mvc.perform(formLogin("/login").user(username).password(TYPED)).andExpect(authenticated().withUsername(username));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "password1234 | This password is among the first ones anyone guesses",
            "aaaaaaaaaaaa | The password is one or two characters repeated",
            "'            ' | The password cannot be only spaces",
            "weak-USERNAME-secret | The password cannot contain the username"})
    void refusesAWeakPasswordNextToItsFieldAndCreatesNothing(String password, String message) throws Exception {
        String username = name("weak");
        String typed = password.replace("USERNAME", username);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(withFormKey(post(ACCOUNTS), session).with(asAdmin()).with(csrf())
                        .param("username", username).param("role", "EDITOR")
                        .param("passwordChoice", "TYPE").param("password", typed).param("confirmation", typed))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#password\">" + message)));
        assertThat(exists(username)).isFalse();
    }

    @Test
    void showsEachProblemNextToItsFieldAndInTheSummaryKeepsWhatWasTypedAndSavesNothing() throws Exception {
        String typedName = "has space";
        String page = createWithProblems(typedName, "en");

        assertThat(page)
                .contains("class=\"error-summary\" role=\"alert\"")
                .contains("There is a problem")
                .contains("<a href=\"#username\">A username has 3 to 64 letters")
                .contains("<a href=\"#password\">The password needs at least 12 characters</a>")
                .contains("<a href=\"#confirmation\">The two passwords are not the same</a>")
                .contains("id=\"username-error\"")
                .contains("aria-describedby=\"username-hint username-error\" aria-invalid=\"true\"")
                .contains("value=\"" + typedName + "\"")
                .contains("<option value=\"EDITOR\" selected=\"selected\">")
                .doesNotContain("short-one");
        assertThat(page.indexOf("#username")).isLessThan(page.indexOf("#password"));
        assertThat(exists(typedName)).isFalse();
    }

    @Test
    void saysTheSameInRussian() throws Exception {
        String page = createWithProblems("has space", "ru");

        assertThat(page)
                .contains("Форма заполнена с ошибками")
                .contains("Имя пользователя — от 3 до 64 латинских букв")
                .contains("Пароль должен быть не короче 12 символов")
                .contains("Пароли не совпадают");
    }

    @Test
    void aUsernameWithMarkupComesBackEscaped() throws Exception {
        String page = createWithProblems("<script>alert('x')</script>", "en");

        assertThat(page).contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"")
                .doesNotContain("<script>alert");
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(withFormKey(post(ACCOUNTS), session).with(asAdmin()).with(csrf())
                        .param("username", admin.toUpperCase()).param("role", "VIEWER")
                        .param("passwordChoice", "TYPE").param("password", TYPED).param("confirmation", TYPED))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another account has this username")));

        assertThat(jdbc.sql("select count(*) from account where lower(username) = lower(?)").param(admin)
                .query(Long.class).single()).isOne();
    }

    @Test
    void aGeneratedPasswordIsShownOnceInTheAnswerAndAReloadMakesNothingMore() throws Exception {
        String username = name("generated");
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequestBuilder create = withFormKey(post(ACCOUNTS), session).with(asAdmin()).with(csrf())
                .param("username", username).param("role", "VIEWER").param("passwordChoice", "GENERATE");

        MvcResult shown = mvc.perform(create)
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("shown this once")))
                .andReturn();
        String password = between(shown.getResponse().getContentAsString(), "id=\"generated-password\">", "</code>");

        assertThat(password).matches("[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}");
        assertThat(shown.getFlashMap().isEmpty()).as("nothing waits in the session for the next request").isTrue();
        mvc.perform(formLogin("/login").user(username).password(password)).andExpect(authenticated());

        // The browser's reload posts the same form again.
        mvc.perform(create)
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(ACCOUNTS))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("admin.account.done.alreadyCreated")));
        assertThat(jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class).single())
                .isOne();
    }

    @Test
    void changesRoleAndStatusAndShowsWhoChangedWhatInTheHistory() throws Exception {
        String editor = account("EDITOR");
        long id = idOf(editor);

        mvc.perform(post(ACCOUNTS + "/" + id).with(asAdmin()).with(csrf())
                        .param("role", "VIEWER").param("_enabled", "on").param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(ACCOUNTS + "/" + id))
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("admin.account.done.updated", editor)));

        assertThat(jdbc.sql("select role || ' ' || enabled from account where id = ?").param(id).query(String.class).single())
                .isEqualTo("VIEWER false");
        mvc.perform(get(ACCOUNTS + "/" + id).with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">" + admin + "</td>"), containsString("Changed"),
                        containsString("Role</span>:"), containsString("Editor</span>"), containsString("Viewer</span>"),
                        containsString("May sign in</span>:"), containsString("Disabled"))));
    }

    @Test
    void anAdminCannotDemoteOrDisableThemselvesAndTheFormSaysSo() throws Exception {
        long id = idOf(admin);

        mvc.perform(post(ACCOUNTS + "/" + id).with(asAdmin()).with(csrf())
                        .param("role", "EDITOR").param("enabled", "true").param("_enabled", "on").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<a href=\"#role\">You cannot change your own role"),
                        containsString("id=\"role-error\""))));
        mvc.perform(post(ACCOUNTS + "/" + id).with(asAdmin()).with(csrf())
                        .param("role", "ADMIN").param("_enabled", "on").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#enabled\">You cannot disable your own account")));

        assertThat(jdbc.sql("select role || ' ' || enabled || ' ' || version from account where id = ?").param(id)
                .query(String.class).single()).isEqualTo("ADMIN true 0");
        assertThat(history(id)).isZero();
    }

    @Test
    void aChangeMadeOnAStaleFormIsRefusedWith409() throws Exception {
        String editor = account("EDITOR");
        long id = idOf(editor);
        jdbc.sql("update account set version = version + 1 where id = ?").param(id).update();

        mvc.perform(post(ACCOUNTS + "/" + id).with(asAdmin()).with(csrf())
                        .param("role", "ADMIN").param("enabled", "true").param("_enabled", "on").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Changed meanwhile")));

        assertThat(jdbc.sql("select role from account where id = ?").param(id).query(String.class).single()).isEqualTo("EDITOR");
    }

    @Test
    void anUnknownAccountIs404() throws Exception {
        mvc.perform(get(ACCOUNTS + "/" + Long.MAX_VALUE).with(asAdmin())).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Not found")));
        mvc.perform(get(ACCOUNTS + "/seven").with(asAdmin())).andExpect(status().isNotFound());
    }

    @Test
    void aResetPasswordWorksAtOnceAndIsRecordedWithoutAnyValue() throws Exception {
        String editor = account("EDITOR");
        long id = idOf(editor);
        String oldHash = hashOf(id);
        MockHttpSession session = new MockHttpSession();
        MockHttpSession editorsSession = signedIn(mvc, editor, TestAccounts.PASSWORD);

        mvc.perform(withFormKey(post(ACCOUNTS + "/" + id + "/password"), session).with(asAdmin()).with(csrf())
                        .param("passwordChoice", "TYPE").param("password", TYPED).param("confirmation", TYPED))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(Confirmation.ATTRIBUTE, Confirmation.of("admin.account.done.passwordReset", editor)));

        mvc.perform(post("/login").param("username", editor).param("password", TestAccounts.PASSWORD).with(csrf())
                        .with(from(ADDRESS)))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(editor).password(TYPED)).andExpect(authenticated());
        // The session the editor had before the reset is over.
        mvc.perform(get("/account").with(inSession(editorsSession))).andExpect(redirectedUrl("/login"));
        String log = jdbc.sql("select string_agg(changes::text || snapshot::text, ' ') from change_log "
                + "where resource = 'accounts' and record_key = ?").param(String.valueOf(id)).query(String.class).single();
        assertThat(log).contains("\"field\": \"password\"").doesNotContain(TYPED).doesNotContain("bcrypt")
                .doesNotContain(oldHash).doesNotContain(hashOf(id));
        mvc.perform(get(ACCOUNTS + "/" + id).with(asAdmin()))
                .andExpect(content().string(containsString("Password</span>:")))
                .andExpect(content().string(containsString("changed (not shown)")));
    }

    @Test
    void aPasswordAnAdminGaveOpensNothingButTheFormToChooseOnesOwn() throws Exception {
        String editor = account("EDITOR");
        long id = idOf(editor);
        mvc.perform(withFormKey(post(ACCOUNTS + "/" + id + "/password"), new MockHttpSession()).with(asAdmin()).with(csrf())
                        .param("passwordChoice", "TYPE").param("password", TYPED).param("confirmation", TYPED))
                .andExpect(status().isFound());
        MockHttpSession session = signedIn(mvc, editor, TYPED);

        mvc.perform(get("/timeline").with(inSession(session)))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/account/password"));
        mvc.perform(get("/events/new").with(inSession(session))).andExpect(status().isSeeOther());
        mvc.perform(get("/account/password").with(inSession(session)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("An admin gave you this password"),
                        not(containsString(">Cancel<")))));
        mvc.perform(get("/api/v1/events").with(httpBasic(editor, TYPED)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://chancery.example/problems/password-change-required"));

        mvc.perform(post("/account/password").with(inSession(session)).with(csrf())
                        .param("currentPassword", TYPED).param("password", OWN).param("confirmation", OWN))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/timeline").with(inSession(session))).andExpect(status().isOk());
        mvc.perform(get("/account/password").with(inSession(session)))
                .andExpect(content().string(not(containsString("An admin gave you this password"))));
        mvc.perform(get("/api/v1/events").with(httpBasic(editor, OWN))).andExpect(status().isOk());
    }

    @Test
    void anAdminResetsNotTheirOwnPasswordHere() throws Exception {
        long id = idOf(admin);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(get(ACCOUNTS + "/" + id).with(asAdmin()))
                .andExpect(content().string(allOf(containsString("href=\"/account/password\""),
                        not(containsString("/password\">Reset the password")))));
        mvc.perform(withFormKey(post(ACCOUNTS + "/" + id + "/password"), session).with(asAdmin()).with(csrf())
                        .param("passwordChoice", "GENERATE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Change your own password on your account page")));
        assertThat(history(id)).isZero();
    }

    private String createWithProblems(String username, String language) throws Exception {
        MockHttpSession session = new MockHttpSession();
        createdHere.add(username);
        return mvc.perform(withFormKey(post(ACCOUNTS), session).with(asAdmin()).with(csrf())
                        .header("Accept-Language", language)
                        .param("username", username).param("role", "EDITOR")
                        .param("passwordChoice", "TYPE").param("password", "short-one").param("confirmation", "other"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }



    private static List<String> concat(List<String> some, List<String> more) {
        List<String> all = new ArrayList<>(some);
        all.addAll(more);
        return all;
    }

    private RequestPostProcessor asAdmin() {
        return user(admin).roles("ADMIN");
    }

    /** A real account with this role, removed with its history after the test. */
    private String account(String role) {
        String username = accounts.create(role);
        createdHere.add(username);
        return username;
    }

    private String name(String what) {
        String username = what + "-" + UUID.randomUUID().toString().substring(0, 8);
        createdHere.add(username);
        return username;
    }

    private boolean exists(String username) {
        return jdbc.sql("select count(*) from account where lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
    }

    private long idOf(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }

    private String hashOf(long id) {
        return jdbc.sql("select password_hash from account where id = ?").param(id).query(String.class).single();
    }

    private long history(long id) {
        return jdbc.sql("select count(*) from change_log where resource = 'accounts' and record_key = ?")
                .param(String.valueOf(id)).query(Long.class).single();
    }
}
