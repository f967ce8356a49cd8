package org.chancery.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.HttpBrowser;
import org.chancery.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in sessions over real HTTP, as a browser holds them: kept in PostgreSQL (Spring
 * Session JDBC) under the cookie CHANCERY_SESSION, so whichever instance answers knows them;
 * signing out or a password change ends them. That a second instance takes them over is
 * {@code ScaledDeploymentIntegrationTests}' proof.
 */
@ChanceryIntegrationTest
class SessionStoreIntegrationTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    private TestAccounts accounts;
    private String base;
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(jdbc, encoder);
        base = "http://localhost:" + port;
    }

    @AfterEach
    void removeAccounts() {
        if (!created.isEmpty()) {
            jdbc.sql("delete from change_log where resource = 'accounts' and record_key in "
                    + "(select id::text from account where username in (:names))").param("names", created).update();
        }
        accounts.removeAll();
    }

    @Test
    void aSignInIsKeptInPostgresqlAndAnotherBrowserWithItsCookieIsSignedIn() throws Exception {
        String editor = editor();
        HttpBrowser browser = new HttpBrowser();

        HttpResponse<String> signIn = browser.signIn(base, editor, TestAccounts.PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        String sessionId = sessionId(browser);
        assertThat(jdbc.sql("select principal_name from spring_session where session_id = ?").param(sessionId)
                .query(String.class).optional()).contains(editor);
        // What the session holds is small: the signed-in account and the CSRF token, nothing heavy.
        assertThat(jdbc.sql("""
                select coalesce(sum(length(a.attribute_bytes)), 0) from spring_session_attributes a
                  join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""")
                .param(sessionId).query(Long.class).single()).isBetween(1L, 8_000L);
        assertThat(browser.get(base + "/account").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSessionInTheStore() throws Exception {
        String editor = editor();
        HttpBrowser browser = new HttpBrowser();
        browser.signIn(base, editor, TestAccounts.PASSWORD);
        String sessionId = sessionId(browser);

        assertThat(browser.signOut(base).statusCode()).isEqualTo(302);

        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single()).isZero();
        assertThat(browser.get(base + "/account").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherSessionsButKeepsTheOneThatMadeIt() throws Exception {
        String editor = editor();
        HttpBrowser changing = new HttpBrowser();
        HttpBrowser other = new HttpBrowser();
        changing.signIn(base, editor, TestAccounts.PASSWORD);
        other.signIn(base, editor, TestAccounts.PASSWORD);
        String newPassword = "another-long-enough-password-" + System.nanoTime();

        HttpResponse<String> change = changing.submit(base + "/account/password", base + "/account/password", Map.of(
                "currentPassword", TestAccounts.PASSWORD, "password", newPassword, "confirmation", newPassword));

        assertThat(change.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/account"));
        assertThat(changing.get(base + "/account").statusCode()).isEqualTo(200);
        assertThat(other.get(base + "/account").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    private String editor() {
        String username = accounts.create("EDITOR");
        created.add(username);
        return username;
    }

    private static String sessionId(HttpBrowser browser) {
        String cookie = browser.sessionCookie().orElseThrow(() -> new AssertionError("no session cookie"));
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }
}
