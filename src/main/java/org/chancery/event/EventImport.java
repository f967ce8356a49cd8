package org.chancery.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.KnownRecords;
import org.chancery.common.MergePatch;
import org.chancery.common.RuleViolationException;
import org.chancery.common.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings in many events at once from a file, NDJSON or CSV: all of them or none. Every event
 * is checked, so the report names each bad line and what is wrong with it, not just the
 * first; only when every event is good is the whole batch committed. A check alone runs the
 * same checks and writes nothing. An event that repeats another line of the file, or one the
 * record holds already, is a bad line too ({@link RepeatedEvents}). The references of all the
 * lines are looked up once and the events written set-based ({@link EventService#batch}), so an
 * import costs a few statements, not a few a line.
 */
@Service
public class EventImport {

    public static final int MAX_LINES = 10_000;

    /** The forms a file of events takes. */
    public enum Format {
        /** One event per line, in JSON as {@code POST /api/v1/events} takes it. */
        NDJSON,
        /** A header row, then one event per row, as {@link CsvEvents} reads it. */
        CSV
    }

    /** The name under which a line that repeats another event is reported. */
    public static final String REPEATED = "repeated";

    private final EventService events;
    private final MergePatch validation;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final RepeatedEvents repeated;
    private final CsvEvents.References references;

    EventImport(EventService events, MergePatch validation, JsonMapper json, PlatformTransactionManager transactions,
            RepeatedEvents repeated, KnownRecords known) {
        this.events = events;
        this.validation = validation;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.repeated = repeated;
        this.references = new CsvEvents.References() {
            @Override
            public Map<String, List<Long>> personsNamed(Set<String> names) {
                return known.livePersonsNamed(names);
            }

            @Override
            public Map<String, Long> sourcesAt(Set<String> addresses) {
                return known.liveSourcesAt(addresses);
            }
        };
    }

    /**
     * What came of an import: every event of the file, or the bad lines (and nothing
     * written). {@code written} is false after a check alone.
     */
    public record Result(List<Imported> events, List<LineProblem> problems, boolean written) {

        public boolean succeeded() {
            return problems.isEmpty();
        }

        /** The ids of the events written. */
        public List<Long> created() {
            return events.stream().map(Imported::id).filter(Objects::nonNull).toList();
        }
    }

    /** A good event of the file: the line it starts on, its title and, once written, its id. */
    public record Imported(int line, @Nullable Long id, Text title) {
    }

    /** One bad line (counting from 1) and each problem with it. */
    public record LineProblem(int line, List<InvalidParameter> problems) {
    }

    /**
     * Reads a file of events in UTF-8, with or without a byte order mark, and writes every
     * one of them, or none.
     *
     * @param locale    the language in which a CSV date that cannot be read is reported
     * @param checkOnly check every event as the import would, and write nothing
     * @throws InvalidRequestException when the file holds no events or is not UTF-8 text
     * @throws TooManyLinesException past {@value #MAX_LINES} events
     */
    public Result importFile(InputStream file, Format format, Locale locale, boolean checkOnly) throws IOException {
        return importFile(file, format, locale, checkOnly, Progress.NONE);
    }

    /** How far an import has come, told as it goes: for a job's page. */
    public interface Progress {

        Progress NONE = new Progress() {
        };

        /** The file is read: it holds {@code events} events. */
        default void read(int events) {
        }

        /** {@code events} of them are checked so far. */
        default void checked(int events) {
        }

        /** {@code events} of them are written so far (not yet committed). */
        default void written(int events) {
        }
    }

    /** How many events are checked between two reports of progress. */
    static final int PROGRESS_EVERY = 500;

    /** How many events one set of inserts writes. */
    static final int WRITE_PART = 2_000;

    /** As {@link #importFile(InputStream, Format, Locale, boolean)}, telling {@code progress} how far it has come. */
    public Result importFile(InputStream file, Format format, Locale locale, boolean checkOnly, Progress progress)
            throws IOException {
        List<ImportLine> lines;
        try (BufferedReader text = utf8(file)) {
            lines = format == Format.CSV ? CsvEvents.read(text, locale, references) : ndjson(text);
        } catch (CharacterCodingException e) {
            throw InvalidRequestException.of("$", "not UTF-8 text: save the file as UTF-8");
        }
        if (lines.isEmpty()) {
            throw InvalidRequestException.of("$", format == Format.CSV
                    ? "the file holds no events: a header row, then one row per event"
                    : "the body holds no events: send one JSON object per line");
        }
        progress.read(lines.size());
        Result result = transaction.execute(status -> {
            Result checked = check(lines, checkOnly, progress);
            if (!checked.written()) {
                status.setRollbackOnly();
            }
            return checked;
        });
        if (result == null) {
            throw new IllegalStateException("the import transaction returned nothing");
        }
        return result;
    }

    private Result check(List<ImportLine> lines, boolean checkOnly, Progress progress) {
        List<LineProblem> problems = new ArrayList<>();
        List<ImportLine> valid = new ArrayList<>();
        for (ImportLine line : lines) {
            if (line.command() == null) {
                problems.add(new LineProblem(line.number(), line.problems()));
                continue;
            }
            try {
                validation.validate(line.command());
                valid.add(line);
            } catch (InvalidRequestException e) {
                problems.add(new LineProblem(line.number(), line.named(e.fields())));
            }
        }
        EventService.Batch batch = events.batch(valid.stream().map(line -> Objects.requireNonNull(line.command())).toList());
        List<RepeatedEvents.Candidate> checked = new ArrayList<>();
        Map<Integer, ImportLine> byNumber = new HashMap<>();
        int done = lines.size() - valid.size();
        for (ImportLine line : valid) {
            if (++done % PROGRESS_EVERY == 0) {
                progress.checked(done);
            }
            try {
                checked.add(new RepeatedEvents.Candidate(line.number(), batch.check(Objects.requireNonNull(line.command()))));
                byNumber.put(line.number(), line);
            } catch (InvalidRequestException e) {
                problems.add(new LineProblem(line.number(), line.named(e.fields())));
            } catch (RuleViolationException e) {
                problems.add(new LineProblem(line.number(), List.of(new InvalidParameter(e.rule(), e.getMessage()))));
            }
        }
        repeated.find(checked).forEach((line, what) ->
                problems.add(new LineProblem(line, List.of(new InvalidParameter(REPEATED, what)))));
        progress.checked(lines.size());
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(LineProblem::line));
            return new Result(List.of(), List.copyOf(problems), false);
        }
        List<Long> ids = new ArrayList<>();
        if (!checkOnly) {
            // In parts, so that a job's page sees the writing go on; one transaction all the same.
            List<Event> all = checked.stream().map(RepeatedEvents.Candidate::event).toList();
            for (int from = 0; from < all.size(); from += WRITE_PART) {
                ids.addAll(batch.write(all.subList(from, Math.min(all.size(), from + WRITE_PART))));
                progress.written(ids.size());
            }
        }
        List<Imported> good = new ArrayList<>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            EventCommand command = Objects.requireNonNull(byNumber.get(checked.get(i).line()).command());
            good.add(new Imported(checked.get(i).line(), checkOnly ? null : ids.get(i), command.title()));
        }
        return new Result(good, List.of(), !checkOnly);
    }

    private List<ImportLine> ndjson(BufferedReader text) throws IOException {
        List<ImportLine> lines = new ArrayList<>();
        int number = 0;
        for (String line = text.readLine(); line != null; line = text.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (lines.size() == MAX_LINES) {
                throw new TooManyLinesException();
            }
            try {
                lines.add(ImportLine.read(number, json.readValue(line, EventCommand.class), UnaryOperator.identity()));
            } catch (JacksonException e) {
                lines.add(ImportLine.unreadable(number, List.of(new InvalidParameter("$",
                        "not an event in JSON of the expected form (see POST /api/v1/events)"))));
            }
        }
        return lines;
    }

    /** The file as text, refusing bytes that are not UTF-8 rather than guessing at them. */
    private static BufferedReader utf8(InputStream file) throws IOException {
        BufferedReader text = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
        return text;
    }

    /** More lines than one import takes. */
    public static class TooManyLinesException extends RuntimeException {

        TooManyLinesException() {
            super("an import takes at most " + MAX_LINES + " events; split the file");
        }
    }
}
