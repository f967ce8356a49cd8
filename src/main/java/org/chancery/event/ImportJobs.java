package org.chancery.event;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chancery.audit.ChangeLog;
import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Large uploads as jobs: the import runs on a thread of its own while the page that started it
 * shows, from the job's row ({@code import_job}), how many of the file's events are checked and
 * written, and then the outcome: the report of the refused lines, or the events written. The
 * job moves its row on in transactions of its own, so its progress shows while the import's one
 * transaction is still open; the import itself stays all or nothing. The row outlives a reload
 * of the page and a closed browser. While a job runs, its instance notes so in the row every
 * {@link #BEAT} ({@code beat_at}); a job whose note is older than {@link #GONE} ran on an
 * instance that stopped, taking the import's transaction with it, and is shown as failed.
 */
@Service
public class ImportJobs implements DisposableBean {

    static final Duration BEAT = Duration.ofSeconds(30);
    static final Duration GONE = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** How many of the events written a finished job's page links to. */
    public static final int LISTED = 100;

    public enum State {
        RUNNING, DONE, CHECKED, REFUSED, FAILED
    }

    /** A job as its page shows it; {@code problems} once refused, {@code events} (the first {@value #LISTED}) once done. */
    public record Job(UUID id, String actor, @Nullable String fileName, boolean checkOnly, State state, int total,
            int checked, int written, List<EventImport.LineProblem> problems, List<EventImport.Imported> events,
            int eventCount, Instant startedAt) {
    }

    /** What a job's row keeps of its outcome. */
    record Outcome(List<EventImport.LineProblem> problems, List<EventImport.Imported> events, int eventCount) {
    }

    private final EventImport imports;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TaskExecutor executor;
    private final TransactionTemplate ownTransaction;
    /** The jobs this instance is running (package-private for its test). */
    final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-job-beat");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(EventImport imports, JdbcClient jdbc, JsonMapper json, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            PlatformTransactionManager transactions) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.json = json;
        this.executor = executor;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        beats.scheduleWithFixedDelay(this::beat, BEAT.toMillis(), BEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Notes in each running job's row that this instance is still at it. */
    void beat() {
        if (running.isEmpty()) {
            return;
        }
        try {
            jdbc.sql("update import_job set beat_at = now() where id in (:ids) and state = 'RUNNING'")
                    .param("ids", List.copyOf(running)).update();
        } catch (RuntimeException unreachable) {
            log.warn("could not note that import jobs {} are running", running, unreachable);
        }
    }

    @Override
    public void destroy() {
        beats.shutdownNow();
    }

    /** Starts importing {@code file} as the current account; the job's id, for its page. */
    public UUID start(byte[] file, @Nullable String fileName, EventImport.Format format, Locale locale, boolean checkOnly) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into import_job (id, actor, file_name, check_only) values (:id, :actor, :fileName, :checkOnly)")
                .param("id", id).param("actor", ChangeLog.currentActor()).param("fileName", fileName)
                .param("checkOnly", checkOnly).update();
        running.add(id);
        try {
            executor.execute(new DelegatingSecurityContextRunnable(() -> {
                try {
                    run(id, file, format, locale, checkOnly);
                } finally {
                    running.remove(id);
                }
            }));
        } catch (RuntimeException refused) {
            running.remove(id);
            throw refused;
        }
        return id;
    }

    public Optional<Job> find(UUID id) {
        return jdbc.sql("""
                        select id, actor, file_name, check_only, outcome, started_at,
                               -- its instance stopped: the import's transaction ended with it, nothing written
                               case when state = 'RUNNING' and beat_at < now() - cast(:gone as interval) then 'FAILED'
                                    else state end as state,
                               total, checked, written
                          from import_job where id = :id""")
                .param("id", id)
                .param("gone", GONE.toSeconds() + " seconds")
                .query((row, number) -> {
                    String outcomeJson = row.getString("outcome");
                    Outcome outcome = outcomeJson == null ? new Outcome(List.of(), List.of(), 0)
                            : json.readValue(outcomeJson, Outcome.class);
                    return new Job(row.getObject("id", UUID.class), row.getString("actor"), row.getString("file_name"),
                            row.getBoolean("check_only"), State.valueOf(row.getString("state")), row.getInt("total"),
                            row.getInt("checked"), row.getInt("written"), outcome.problems(), outcome.events(),
                            outcome.eventCount(), row.getObject("started_at", OffsetDateTime.class).toInstant());
                }).optional();
    }

    private void run(UUID id, byte[] file, EventImport.Format format, Locale locale, boolean checkOnly) {
        try {
            EventImport.Result result = imports.importFile(new ByteArrayInputStream(file), format, locale, checkOnly,
                    new EventImport.Progress() {
                        @Override
                        public void read(int events) {
                            move(id, "total = :count", events);
                        }

                        @Override
                        public void checked(int events) {
                            move(id, "checked = :count", events);
                        }

                        @Override
                        public void written(int events) {
                            move(id, "written = :count", events);
                        }
                    });
            State state = !result.succeeded() ? State.REFUSED : result.written() ? State.DONE : State.CHECKED;
            finish(id, state, new Outcome(result.problems(),
                    result.events().stream().limit(LISTED).toList(), result.events().size()));
        } catch (InvalidRequestException refused) {
            finish(id, State.REFUSED, new Outcome(List.of(new EventImport.LineProblem(0, refused.fields())), List.of(), 0));
        } catch (EventImport.TooManyLinesException tooMany) {
            finish(id, State.REFUSED, new Outcome(List.of(new EventImport.LineProblem(0,
                    List.of(new InvalidParameter("$", tooMany.getMessage())))), List.of(), 0));
        } catch (IOException | RuntimeException e) {
            log.error("import job {} failed", id, e);
            finish(id, State.FAILED, new Outcome(List.of(), List.of(), 0));
        }
    }

    private void move(UUID id, String assignment, int count) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("update import_job set " + assignment + " where id = :id")
                .param("id", id).param("count", count).update());
    }

    private void finish(UUID id, State state, Outcome outcome) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        update import_job set state = :state, outcome = cast(:outcome as jsonb), finished_at = now(),
                               written = case when :state = 'DONE' then total else 0 end
                         where id = :id""")
                .param("id", id).param("state", state.name()).param("outcome", json.writeValueAsString(outcome)).update());
    }
}
