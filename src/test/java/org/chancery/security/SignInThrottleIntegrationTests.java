package org.chancery.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.chancery.TestAccounts;
import org.chancery.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failed sign-ins are counted in PostgreSQL per username and per address, for the login form
 * and HTTP Basic alike, and a locked username or address is refused without its password
 * being checked. Each test signs in from addresses of its own (TEST-NET ranges), so that no
 * other test's failures count here, and moves the application's clock instead of waiting.
 */
@SlowTest
@ChanceryIntegrationTest
class SignInThrottleIntegrationTests {

    private static final String WRONG = "not-the-password";
    private static final Duration A_MINUTE_LATER = Duration.ofMinutes(1).plusSeconds(1);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired TestClock clock;

    private TestAccounts accounts;
    private final List<String> subjects = new ArrayList<>();

    @BeforeEach
    void prepare() {
        accounts = new TestAccounts(jdbc, encoder);
    }

    @AfterEach
    void putEverythingBack() {
        clock.reset();
        if (!subjects.isEmpty()) {
            List<String> lowerCase = subjects.stream().map(String::toLowerCase).toList();
            jdbc.sql("delete from sign_in_throttle where subject in (:subjects)").param("subjects", lowerCase).update();
            jdbc.sql("""
                    delete from change_log where resource = 'api-tokens' and record_key in (
                        select t.id::text from api_token t join account a on a.id = t.account_id
                         where lower(a.username) in (:subjects))""").param("subjects", lowerCase).update();
        }
        accounts.removeAll();
    }

    @Test
    void fiveWrongPasswordsLockTheLoginFormEvenForTheRightOneUntilTheDelayHasPassed() throws Exception {
        String editor = account("EDITOR");
        String address = address("198.51.100.1");
        for (int i = 0; i < 5; i++) {
            formLogin(editor, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }

        formLogin(editor, TestAccounts.PASSWORD, address)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled=1"));
        mvc.perform(get("/login").param("throttled", "1"))
                .andExpect(content().string(containsString(
                        "Too many failed sign-in attempts for this username or from this address; try again in 1 minute.")));
        mvc.perform(get("/login").param("throttled", "4").header("Accept-Language", "ru"))
                .andExpect(content().string(containsString("попробуйте снова через 4 мин.")));

        clock.advance(A_MINUTE_LATER);
        formLogin(editor, TestAccounts.PASSWORD, address).andExpect(authenticated().withUsername(editor));
        assertThat(rows("USERNAME", editor)).as("a success ends the username's run").isZero();
    }

    @Test
    void fiveWrongPasswordsLockHttpBasicWith429AndRetryAfter() throws Exception {
        String editor = account("EDITOR");
        String address = address("198.51.100.2");
        for (int i = 0; i < 5; i++) {
            basic(editor, WRONG, address).andExpect(status().isUnauthorized());
        }

        basic(editor, TestAccounts.PASSWORD, address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "60"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.type").value("https://chancery.example/problems/too-many-sign-in-attempts"));

        clock.advance(A_MINUTE_LATER);
        basic(editor, TestAccounts.PASSWORD, address).andExpect(status().isOk());
    }

    @Test
    void eachFailureAfterALockLocksForTwiceAsLong() throws Exception {
        String editor = account("EDITOR");
        String address = address("198.51.100.3");
        for (int i = 0; i < 5; i++) {
            basic(editor, WRONG, address);
        }
        clock.advance(A_MINUTE_LATER);

        basic(editor, WRONG, address).andExpect(status().isUnauthorized());
        basic(editor, TestAccounts.PASSWORD, address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "120"));
        clock.advance(Duration.ofMinutes(1));
        basic(editor, TestAccounts.PASSWORD, address).andExpect(status().isTooManyRequests());
        clock.advance(Duration.ofMinutes(1));
        basic(editor, TestAccounts.PASSWORD, address).andExpect(status().isOk());
    }

    @Test
    void aUsernameThatNamesNoAccountIsThrottledAlikeSoNothingTellsWhichExist() throws Exception {
        String nobody = subject("nobody-" + UUID.randomUUID().toString().substring(0, 8));
        String address = address("198.51.100.4");
        for (int i = 0; i < 5; i++) {
            formLogin(nobody, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }

        formLogin(nobody, WRONG, address).andExpect(redirectedUrl("/login?throttled=1"));
        basic(nobody, WRONG, address).andExpect(status().isTooManyRequests());
    }

    @Test
    void anAddressTryingManyUsernamesIsSlowedDownForAllOfThem() throws Exception {
        String editor = account("EDITOR");
        String sprayer = address("203.0.113.5");
        for (int i = 0; i < 20; i++) {
            basic(subject("sprayed-" + i + "-" + UUID.randomUUID().toString().substring(0, 4)), WRONG, sprayer)
                    .andExpect(status().isUnauthorized());
        }

        basic(editor, TestAccounts.PASSWORD, sprayer).andExpect(status().isTooManyRequests());
        formLogin(editor, TestAccounts.PASSWORD, sprayer).andExpect(redirectedUrl("/login?throttled=1"));
        basic(editor, TestAccounts.PASSWORD, address("203.0.113.6")).andExpect(status().isOk());
        assertThat(rows("USERNAME", editor)).as("the account itself is not locked").isZero();
    }

    @Test
    void aWrongCurrentPasswordOnThePasswordFormCountsLikeAFailedSignIn() throws Exception {
        String editor = account("EDITOR");
        String address = address("198.51.100.7");
        for (int i = 0; i < 5; i++) {
            basic(editor, WRONG, address);
        }

        mvc.perform(post("/account/password").with(csrf()).with(from(address))
                        .with(user(editor).roles("EDITOR"))
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("password", "a-brand-new-long-password").param("confirmation", "a-brand-new-long-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many wrong passwords; try again in 1 minute")));
    }

    @Test
    void aDisabledAccountSignsInNeitherWayAndItsTokensStop() throws Exception {
        String editor = account("EDITOR");
        String address = address("198.51.100.8");
        String secret = issueToken(editor);
        mvc.perform(get("/api/v1/events").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)).andExpect(status().isOk());

        jdbc.sql("update account set enabled = false, version = version + 1 where username = ?").param(editor).update();

        formLogin(editor, TestAccounts.PASSWORD, address).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        basic(editor, TestAccounts.PASSWORD, address).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/events").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The bearer token is not valid."));
    }

    private String issueToken(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"script\", \"scope\": \"READ\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.secret");
    }

    private ResultActions formLogin(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address)));
    }

    @Test
    void malformedBasicCredentialsAreRefusedWithoutCountingAgainstTheAddress() throws Exception {
        String editor = account("EDITOR");
        String address = address("198.51.100.9");
        List<String> malformed = List.of("Basic !!!not-base64!!!", "Basic " + base64("no-colon-at-all"),
                "Basic " + base64(":"), "Basic " + base64("a b c:password"), "Basic " + base64("x:"),
                "Basic " + base64(editor + ":" + "p".repeat(200)), "Basic " + base64("<script>:password"));
        for (int round = 0; round < 2; round++) {
            for (String header : malformed) {
                mvc.perform(get("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, header).with(from(address)))
                        .andExpect(status().isUnauthorized())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            }
        }

        assertThat(rows("ADDRESS", address)).isZero();
        assertThat(rows("USERNAME", editor)).isZero();
        basic(editor, TestAccounts.PASSWORD, address).andExpect(status().isOk());
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private ResultActions basic(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/v1/tokens").with(httpBasic(username, password)).with(from(address)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String account(String role) {
        return subject(accounts.create(role));
    }

    private String address(String address) {
        return subject(address);
    }

    /** A username or address whose throttle rows are removed after the test. */
    private String subject(String subject) {
        subjects.add(subject);
        return subject;
    }

    private long rows(String kind, String subject) {
        return jdbc.sql("select count(*) from sign_in_throttle where kind = ? and subject = ?")
                .param(kind).param(subject.toLowerCase()).query(Long.class).single();
    }
}
