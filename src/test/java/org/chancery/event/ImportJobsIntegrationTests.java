package org.chancery.event;

import java.util.UUID;

import org.chancery.ChanceryIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ChanceryIntegrationTest
class ImportJobsIntegrationTests {

    @Autowired ImportJobs jobs;
    @Autowired JdbcClient jdbc;

    private final UUID id = UUID.randomUUID();

    @AfterEach
    void removeTheJob() {
        jobs.running.remove(id);
        jdbc.sql("delete from import_job where id = :id").param("id", id).update();
    }

    @Test
    void aJobThisInstanceRunsIsNotedAliveAndOneNoInstanceRunsIsSeenFailedOnceItsNoteIsOld() {
        jdbc.sql("""
                insert into import_job (id, actor, file_name, check_only, started_at, beat_at)
                values (:id, 'job-test', 'slow.csv', false, now() - interval '10 minutes', now() - interval '10 minutes')""")
                .param("id", id).update();
        assertThat(jobs.find(id).orElseThrow().state()).isEqualTo(ImportJobs.State.FAILED);

        jobs.running.add(id);
        jobs.beat();

        assertThat(jobs.find(id).orElseThrow().state()).isEqualTo(ImportJobs.State.RUNNING);
    }
}
