package org.chancery.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.chancery.common.RuleViolationException;
import org.chancery.common.api.InvalidParameterException.InvalidParameter;
import org.chancery.common.api.InvalidRequestException;
import org.chancery.common.api.MergePatch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings in many events at once from NDJSON, one {@link EventCommand} per line: all of them
 * or none. Every line is checked, so the report names each bad line and what is wrong with
 * it, not just the first; only when every line is good is the whole batch committed.
 */
@Service
public class EventImport {

    public static final int MAX_LINES = 10_000;

    private final EventService events;
    private final MergePatch validation;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    EventImport(EventService events, MergePatch validation, JsonMapper json, PlatformTransactionManager transactions) {
        this.events = events;
        this.validation = validation;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What came of an import: the ids created, or the bad lines (and nothing created). */
    public record Result(List<Long> created, List<LineProblem> problems) {

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /** One bad line (counting from 1) and each problem with it. */
    public record LineProblem(int line, List<InvalidParameter> problems) {
    }

    /** @throws TooManyLinesException past {@value #MAX_LINES} events */
    public Result importLines(BufferedReader lines) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            texts.add(line);
            if (texts.size() > MAX_LINES) {
                throw new TooManyLinesException();
            }
        }
        Result result = transaction.execute(status -> {
            List<Long> created = new ArrayList<>();
            List<LineProblem> problems = new ArrayList<>();
            for (int number = 1; number <= texts.size(); number++) {
                String text = texts.get(number - 1);
                if (text.isBlank()) {
                    continue;
                }
                try {
                    EventCommand command = json.readValue(text, EventCommand.class);
                    validation.validate(command);
                    if (problems.isEmpty()) {
                        created.add(events.create(command).getId());
                    } else {
                        events.check(command);
                    }
                } catch (JacksonException e) {
                    problems.add(new LineProblem(number, List.of(new InvalidParameter("$",
                            "not an event in JSON of the expected form (see POST /api/v1/events)"))));
                } catch (InvalidRequestException e) {
                    problems.add(new LineProblem(number, e.fields()));
                } catch (RuleViolationException e) {
                    problems.add(new LineProblem(number, List.of(new InvalidParameter(e.rule(), e.getMessage()))));
                }
            }
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return new Result(List.of(), problems);
            }
            return new Result(created, List.of());
        });
        if (result == null) {
            throw new IllegalStateException("the import transaction returned nothing");
        }
        if (result.created().isEmpty() && result.problems().isEmpty()) {
            throw InvalidRequestException.of("$", "the body holds no events: send one JSON object per line");
        }
        return result;
    }

    /** More lines than one import takes. */
    public static class TooManyLinesException extends RuntimeException {

        TooManyLinesException() {
            super("an import takes at most " + MAX_LINES + " events; split the file");
        }
    }
}
