package org.chancery.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.TestAccounts;
import org.chancery.SlowTest;
import org.chancery.event.web.EventUploadJobIntegrationTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, with the page's script: an editor uploads a CSV file with a mistake and
 * gets the report by line with nothing added, corrects the file and gets the events added; the
 * same file again is refused, also when only checked; a large file shows its job's progress,
 * also after a reload.
 */
@ChanceryIntegrationTest
@SlowTest
class UploadBrowserTests {

    private static final String HEADER = "kind,status,date,title_en,states,source_id,quoted_passage\n";
    private static final String FIRST = "Browser upload test: Fiji and Tonga talk water";
    private static final String SECOND = "Browser upload test: Tonga calls Fiji";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired DataSource dataSource;
    @TempDir Path files;

    private TestAccounts accounts;
    private Browser browser;

    @AfterEach
    void closeTheBrowserAndRemoveTheEvents() {
        if (browser != null) {
            browser.close();
        }
        List<String> events = jdbc.sql("select id::text from event where title_en like 'Browser upload test:%' "
                        + "or title_en like :job").param("job", EventUploadJobIntegrationTests.TITLE + "%")
                .query(String.class).list();
        if (!events.isEmpty()) {
            jdbc.sql("delete from change_log where resource = 'events' and record_key in (:ids)").param("ids", events).update();
            jdbc.sql("delete from event where id::text in (:ids)").param("ids", events).update();
        }
        if (accounts != null) {
            accounts.removeAll();
        }
    }

    @Test
    void aFileWithAMistakeAddsNothingAndTheCorrectedOneAddsEveryEvent() throws Exception {
        accounts = new TestAccounts(jdbc, encoder);
        String editor = accounts.create("EDITOR");
        browser = Browser.start("en");
        browser.signIn(url(""), editor, TestAccounts.PASSWORD);

        browser.open(url("/events/new"));
        browser.clickLink("Many events at once? Add them from a CSV or NDJSON file");
        browser.waitForAddress(address -> address.endsWith("/events/upload"));

        Path wrong = files.resolve("events.csv");
        Files.writeString(wrong, HEADER
                + "MEETING,HAPPENED,2026-02,\"" + FIRST + "\",FJ:HOST; TO:GUEST,5,\"The ministers met, and talked water.\"\n"
                + "CALL,HAPPENED,Smarch 2026,\"" + SECOND + "\",TO:INITIATOR; FJ:RECIPIENT,5,They spoke by phone.\n",
                StandardCharsets.UTF_8);
        browser.attach("file", wrong);
        // A mark on this window: it survives only if the page's script sends the file and writes
        // the answer into this window, instead of the browser navigating to a new page.
        browser.script("window.sentByScript = true");
        browser.clickButton("Upload");
        browser.waitForText("Problems, by line of the file");
        assertThat(browser.script("return window.sentByScript === true")).as("sent by the page's script").isEqualTo(true);
        assertThat(browser.text(By.cssSelector(".upload-report tbody, table tbody"))).contains("3", "Smarch");
        assertThat(titled("Browser upload test:%")).isZero();

        Path corrected = files.resolve("events-corrected.csv");
        Files.writeString(corrected, HEADER
                + "MEETING,HAPPENED,2026-02,\"" + FIRST + "\",FJ:HOST; TO:GUEST,5,\"The ministers met, and talked water.\"\n"
                + "CALL,HAPPENED,12 February 2026,\"" + SECOND + "\",TO:INITIATOR; FJ:RECIPIENT,5,They spoke by phone.\n",
                StandardCharsets.UTF_8);
        browser.attach("file", corrected);
        browser.clickButton("Upload");
        browser.waitForText("Added 2 events.");
        assertThat(browser.pageText()).contains(FIRST, SECOND);
        assertThat(titled("Browser upload test:%")).isEqualTo(2);

        browser.clickLink(SECOND);
        browser.waitForAddress(address -> address.matches(".*/events/\\d+"));
        assertThat(browser.heading()).isEqualTo(SECOND);
        assertThat(browser.pageText()).contains("12 February 2026", "They spoke by phone.");
    }

    @Test
    void theSameFileUploadedTwiceIsRefusedTheSecondTimeEvenWhenOnlyChecked() throws Exception {
        accounts = new TestAccounts(jdbc, encoder);
        String editor = accounts.create("EDITOR");
        browser = Browser.start("en");
        browser.signIn(url(""), editor, TestAccounts.PASSWORD);
        Path file = files.resolve("twice.csv");
        Files.writeString(file, HEADER
                + "MEETING,HAPPENED,2026-02,\"" + FIRST + "\",FJ:HOST; TO:GUEST,5,\"The ministers met, and talked water.\"\n"
                + "CALL,HAPPENED,12 February 2026,\"" + SECOND + "\",TO:INITIATOR; FJ:RECIPIENT,5,They spoke by phone.\n",
                StandardCharsets.UTF_8);

        browser.open(url("/events/upload"));
        browser.attach("file", file);
        browser.clickButton("Upload");
        browser.waitForText("Added 2 events.");

        for (boolean checkOnly : new boolean[] {false, true}) {
            browser.open(url("/events/upload"));
            browser.attach("file", file);
            if (checkOnly) {
                browser.click(By.cssSelector("input[type='checkbox'][name='checkOnly']"));
            }
            browser.clickButton("Upload");
            browser.waitForText("Problems, by line of the file");
            assertThat(browser.pageText()).contains("Nothing was added");
            assertThat(browser.text(By.cssSelector(".upload-report tbody")))
                    .contains("2", "3", "the record already holds this event");
        }
        assertThat(titled("Browser upload test:%")).isEqualTo(2);
    }

    @Test
    void aLargeFileShowsHowManyEventsAreCheckedAndWrittenAlsoAfterAReload() throws Exception {
        accounts = new TestAccounts(jdbc, encoder);
        String editor = accounts.create("EDITOR");
        browser = Browser.start("en");
        browser.signIn(url(""), editor, TestAccounts.PASSWORD);
        Path file = files.resolve("large.csv");
        Files.writeString(file, EventUploadJobIntegrationTests.largeCsv(), StandardCharsets.UTF_8);
        String written = String.valueOf(EventUploadJobIntegrationTests.EVENTS);

        // The job's commit moves the record's version; holding that row keeps the job at its
        // commit, every event checked and written, while the page is looked at.
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("select * from record_version for update");

            browser.open(url("/events/upload"));
            browser.attach("file", file);
            browser.clickButton("Upload");
            browser.waitForAddress(address -> address.matches(".*/events/upload/jobs/[0-9a-f-]{36}"));
            browser.waitForText("Importing the file.");
            waitFor(() -> written.equals(browser.text(By.cssSelector("[data-count='written']"))));
            assertThat(browser.text(By.cssSelector("[data-count='checked']"))).isEqualTo(written);
            assertThat(browser.evaluate("document.querySelector(\"[data-progress='written']\").value")).isEqualTo(
                    Long.valueOf(written));

            browser.open(browser.currentUrl());
            browser.waitForText("Importing the file.");
            assertThat(browser.text(By.cssSelector("[data-count='total']"))).isEqualTo(written);
            holder.commit();
        }
        browser.waitForText("Added 1,500 events.");
        assertThat(titled(EventUploadJobIntegrationTests.TITLE + "%")).isEqualTo(EventUploadJobIntegrationTests.EVENTS);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not shown in 120 s");
            }
            Thread.sleep(250);
        }
    }

    private long titled(String pattern) {
        return jdbc.sql("select count(*) from event where title_en like :pattern").param("pattern", pattern)
                .query(Long.class).single();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
