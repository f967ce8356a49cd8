package org.chancery.event.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.SlowTest;
import org.chancery.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A file past {@code chancery.events.upload.job-above} is imported as a job: the upload answers
 * at once with the job's address, whose page (and the progress its script polls) shows how
 * many events are checked and written, then the outcome; the same file a second time is refused
 * there line by line. Only the editor who uploaded it sees the job.
 */
@ChanceryIntegrationTest
@SlowTest
public class EventUploadJobIntegrationTests {

    public static final int EVENTS = 1_500;
    public static final String TITLE = "Job upload test ";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    private TestAccounts accounts;
    private RequestPostProcessor editor;
    private String username;

    @BeforeEach
    void signIn() {
        accounts = new TestAccounts(jdbc, encoder);
        username = accounts.create("EDITOR");
        editor = user(username).roles("EDITOR");
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from change_log where resource = 'events' and record_key in "
                + "(select id::text from event where title_en like :title)").param("title", TITLE + "%").update();
        jdbc.sql("delete from event where title_en like :title").param("title", TITLE + "%").update();
        jdbc.sql("delete from import_job where file_name = 'large.csv'").update();
        accounts.removeAll();
    }

    /** A CSV of {@code EVENTS} events, past the size a page answers at once; persons by name, the source by its address. */
    public static String largeCsv() {
        StringBuilder csv = new StringBuilder("kind,status,date,title_en,states,participants,source_id,quoted_passage\r\n");
        for (int i = 1; i <= EVENTS; i++) {
            csv.append("MEETING,HAPPENED,2025-").append(String.format("%02d", 1 + i % 12)).append(',')
                    .append(TITLE).append(i).append(",FJ:HOST; TO:GUEST,Gideon Saar:GUEST,")
                    .append("https://www.centrasia.org/newsA.php?st=1769600100,")
                    .append("\"A passage long enough to make the file large, number ").append(i)
                    .append(", quoted as the article has it, word for word, with its commas and all.\"\r\n");
        }
        return csv.toString();
    }

    @Test
    void aLargeFileRunsAsAJobWhosePageShowsItsProgressAndThenWhatWasAdded() throws Exception {
        String csv = largeCsv();
        assertThat(csv.length()).isGreaterThan(256 * 1024);

        String job = upload(csv);
        String progress = waitForTheEnd(job);

        assertThat((String) JsonPath.read(progress, "$.state")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(progress, "$.total")).isEqualTo(EVENTS);
        assertThat((Integer) JsonPath.read(progress, "$.checked")).isEqualTo(EVENTS);
        assertThat((Integer) JsonPath.read(progress, "$.written")).isEqualTo(EVENTS);
        mvc.perform(get(job).with(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Added 1,500 events.")))
                .andExpect(content().string(containsString("data-count=\"written\">1500<")))
                .andExpect(content().string(containsString(TITLE + "1<")));
        assertThat(jdbc.sql("select count(*) from event where title_en like :title").param("title", TITLE + "%")
                .query(Long.class).single()).isEqualTo(EVENTS);
    }

    @Test
    void theSameLargeFileAgainIsRefusedLineByLineOnTheJobsPage() throws Exception {
        String csv = largeCsv();
        waitForTheEnd(upload(csv));

        String again = upload(csv);
        assertThat((String) JsonPath.read(waitForTheEnd(again), "$.state")).isEqualTo("REFUSED");
        mvc.perform(get(again).with(editor))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Nothing was added: the file has problems on 1,500 lines")))
                .andExpect(content().string(containsString("the record already holds this event")));
        assertThat(jdbc.sql("select count(*) from event where title_en like :title").param("title", TITLE + "%")
                .query(Long.class).single()).isEqualTo(EVENTS);
    }

    @Test
    void aJobIsSeenOnlyByWhoStartedIt() throws Exception {
        String job = upload(largeCsv());
        waitForTheEnd(job);

        mvc.perform(get(job).with(user(accounts.create("EDITOR")).roles("EDITOR"))).andExpect(status().isNotFound());
    }

    @Test
    void aJobWhoseInstanceStoppedIsShownFailedNotRunningForEver() throws Exception {
        UUID stopped = UUID.randomUUID();
        UUID running = UUID.randomUUID();
        jdbc.sql("""
                insert into import_job (id, actor, file_name, check_only, started_at, beat_at)
                values (:stopped, :actor, 'large.csv', false, now() - interval '10 minutes', now() - interval '10 minutes'),
                       (:running, :actor, 'large.csv', false, now() - interval '10 minutes', now())""")
                .param("stopped", stopped).param("running", running).param("actor", username).update();

        String stoppedJob = "/events/upload/jobs/" + stopped;
        assertThat((String) JsonPath.read(progressOf(stoppedJob), "$.state")).isEqualTo("FAILED");
        mvc.perform(get(stoppedJob).with(editor))
                .andExpect(content().string(containsString("The import failed and nothing was added")));
        assertThat((String) JsonPath.read(progressOf("/events/upload/jobs/" + running), "$.state")).isEqualTo("RUNNING");
    }

    private String progressOf(String job) throws Exception {
        return mvc.perform(get(job + "/progress").with(editor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String upload(String csv) throws Exception {
        return mvc.perform(multipart("/events/upload")
                        .file(new MockMultipartFile("file", "large.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(editor).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/events/upload/jobs/[0-9a-f-]{36}")))
                .andReturn().getResponse().getHeader("Location");
    }

    private String waitForTheEnd(String job) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (true) {
            String progress = progressOf(job);
            if (!"RUNNING".equals(JsonPath.read(progress, "$.state")) || Instant.now().isAfter(deadline)) {
                return progress;
            }
            Thread.sleep(200);
        }
    }
}
