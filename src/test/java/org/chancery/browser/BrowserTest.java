package org.chancery.browser;

import java.util.List;

import org.chancery.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a browser test of the running app shares: its address, the database, a browser and the
 * accounts it signs in with, both closed and removed after each test. Subclasses are
 * {@code @ChanceryIntegrationTest @SlowTest}; a subclass's own {@code @AfterEach} runs first.
 */
abstract class BrowserTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    TestAccounts accounts;
    Browser browser;

    @AfterEach
    void closeTheBrowserAndRemoveTheAccounts() {
        if (browser != null) {
            browser.close();
        }
        if (accounts != null) {
            accounts.removeAll();
        }
    }

    /** A browser in {@code language}, signed in with a new account of {@code role}; returns its username. */
    String startSignedIn(String role, String language) throws Exception {
        accounts = new TestAccounts(jdbc, encoder);
        String username = accounts.create(role);
        browser = Browser.start(language);
        browser.signIn(url(""), username, TestAccounts.PASSWORD);
        return username;
    }

    /** On the event form: the first state row as the guest, the second as the host. */
    void typeGuestAndHost(String guest, String host) {
        browser.type("states0.state", guest);
        browser.choose("states0.side", "guest");
        browser.type("states1.state", host);
        browser.choose("states1.side", "host");
    }

    /** On the event form: a new source in the first source row, with the passage it is cited for. */
    void typeNewSource(String title, String outlet, String address, String passage) {
        browser.click(By.cssSelector("details.new-source summary"));
        browser.type("sources0.newTitle", title);
        browser.type("sources0.newOutlet", outlet);
        browser.type("sources0.newUrl", address);
        browser.type("sources0.newLanguage", "en");
        browser.type("sources0.passage", passage);
    }

    /** Removes the records of {@code table} whose {@code column} is {@code value}, and their change log ({@code resource}). */
    void remove(String table, String column, String value, String resource) {
        List<String> ids = jdbc.sql("select id::text from " + table + " where " + column + " = :v").param("v", value)
                .query(String.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("delete from change_log where resource = :r and record_key in (:ids)").param("r", resource)
                    .param("ids", ids).update();
            jdbc.sql("delete from " + table + " where id::text in (:ids)").param("ids", ids).update();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
