package org.chancery.browser;

import java.util.UUID;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: an admin creates an editor's account and signs out; the editor signs
 * in with it, finds the admin pages closed, changes the password and creates a token for a
 * script, whose secret is shown once.
 */
@ChanceryIntegrationTest
@SlowTest
class AccountsBrowserTests {

    private static final String ADMIN = "test-admin";
    private static final String ADMIN_PASSWORD = "quiet-harbour-lantern-42";
    private static final String FIRST_PASSWORD = "first-password-from-the-admin";
    private static final String OWN_PASSWORD = "my-own-password-now";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private final String editor = "browser-editor-" + UUID.randomUUID().toString().substring(0, 8);
    private Browser browser;

    @AfterEach
    void closeTheBrowserAndRemoveTheAccount() throws Exception {
        if (browser != null) {
            browser.close();
        }
        jdbc.sql("""
                delete from change_log where (resource = 'accounts' and record_key in (select id::text from account where username = :name))
                   or (resource = 'api-tokens' and record_key in (
                       select t.id::text from api_token t join account a on a.id = t.account_id where a.username = :name))""")
                .param("name", editor).update();
        jdbc.sql("delete from account where username = ?").param(editor).update();
    }

    @Test
    void anAdminCreatesAnEditorWhoMustChooseTheirOwnPasswordFirstAndTakesATokenForAScript() throws Exception {
        browser = Browser.start("en");

        signIn(ADMIN, ADMIN_PASSWORD);
        browser.clickLink("Accounts");
        browser.clickLink("Create an account");
        browser.type("username", editor);
        browser.choose("role", "Editor");
        browser.click(By.id("passwordChoice-TYPE"));
        browser.type("password", FIRST_PASSWORD);
        browser.type("confirmation", FIRST_PASSWORD);
        browser.clickButton("Create the account");
        browser.waitForAddress(address -> address.matches(".*/admin/accounts/\\d+"));

        assertThat(browser.heading()).isEqualTo("Account " + editor);
        assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("The account " + editor + " was created.");
        signOut();

        // The admin knows the first password: the editor chooses their own before anything else.
        browser.signIn(url(""), editor, FIRST_PASSWORD, "/account/password");
        assertThat(browser.heading()).isEqualTo("Change your password");
        assertThat(browser.text(By.cssSelector("[role=status]"))).startsWith("An admin gave you this password");
        browser.open(url("/timeline"));
        browser.waitForAddress(address -> address.endsWith("/account/password"));
        browser.type("currentPassword", FIRST_PASSWORD);
        browser.type("password", OWN_PASSWORD);
        browser.type("confirmation", OWN_PASSWORD);
        browser.clickButton("Change the password");
        browser.waitForAddress(address -> address.endsWith("/account"));
        assertThat(browser.text(By.cssSelector("[role=status]"))).startsWith("Your password was changed.");
        assertThat(browser.pageText()).doesNotContain("Accounts");
        browser.open(url("/admin/accounts"));
        assertThat(browser.heading()).isEqualTo("Not allowed");
        browser.open(url("/account"));
        assertThat(browser.heading()).isEqualTo("Your account");

        browser.clickLink("Create a token");
        browser.type("name", "nightly import");
        browser.choose("scope", "Write");
        browser.clickButton("Create the token");
        browser.waitForAddress(address -> address.endsWith("/account/tokens"));

        assertThat(browser.heading()).isEqualTo("Your new token");
        String secret = browser.text(By.id("token-secret"));
        assertThat(secret).matches("chy_[A-Za-z0-9_-]{43}");
        browser.clickLink("Back to your account");
        browser.waitForAddress(address -> address.endsWith("/account"));
        assertThat(browser.pageText()).contains("nightly import").contains(secret.substring(0, 12) + "…")
                .doesNotContain(secret);

        signOut();
        signIn(editor, OWN_PASSWORD);
        assertThat(browser.text(By.cssSelector(".account"))).contains(editor);
    }

    private void signIn(String username, String password) throws InterruptedException {
        browser.signIn(url(""), username, password);
    }

    private void signOut() throws InterruptedException {
        browser.clickButton("Sign out");
        browser.waitForAddress(address -> address.contains("signedOut"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
