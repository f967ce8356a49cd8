package org.chancery.event;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chancery.audit.AuditedRecordService;
import org.chancery.audit.AuditedRecords;
import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.KnownRecords;
import org.chancery.common.MergePatch;
import org.chancery.common.Text;
import org.chancery.common.UncertainDate;
import org.chancery.source.Citation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Writes events: every change is checked (references, date, the event's own rules),
 * compared against the version it was made on, recorded in the change log and written in
 * one transaction, or not at all.
 */
@Service
@Transactional
public class EventService extends AuditedRecordService<Event, EventCommand> {

    public static final String RESOURCE = "events";

    /** Why a happened event's date was refused; a fixed text, so pages can translate it. */
    static final String REPORTED_AS_PAST = "a happened event cannot begin after the day its latest source was published";

    private final Events events;
    private final KnownRecords known;
    private final EventReferences direct;
    private final EventRows rows;
    private final ChangeLog changeLog;

    EventService(Events events, KnownRecords known, ChangeLog changeLog, MergePatch mergePatch, Clock clock, EventRows rows) {
        super(new AuditedRecords<>(RESOURCE, "event", events::findById, events::saveAndFlush,
                EventCommand::from, changeLog, clock), mergePatch, EventCommand.class);
        this.events = events;
        this.known = known;
        this.direct = EventReferences.of(known);
        this.rows = rows;
        this.changeLog = changeLog;
    }

    /**
     * Many new events checked and written together, as an import brings them: every reference
     * of all the commands is looked up once ({@link Batch#check} then costs no statement), and
     * {@link Batch#write} inserts the events and their parts set-based, one statement a table,
     * with their change log entries in one more. Call both inside one transaction.
     */
    public Batch batch(List<EventCommand> commands) {
        return new Batch(EventReferences.preloaded(known, commands));
    }

    /** See {@link #batch}. */
    public final class Batch {

        private final EventReferences references;

        private Batch(EventReferences references) {
            this.references = references;
        }

        /**
         * The event a command makes, checked as {@link #create} checks it, not written.
         *
         * @throws InvalidRequestException naming every bad field
         * @throws org.chancery.common.RuleViolationException on a rule of the event
         */
        public Event check(EventCommand command) {
            checkReferences(command, references);
            checkReportedDate(command, references);
            Event event = new Event(command.kind(), command.status(), command.title().en(), command.title().ru(),
                    date(command), command.sources().getFirst().citation());
            apply(event, command);
            return event;
        }

        /** Writes checked events, in order, with a change log entry each; their ids in the same order. */
        public List<Long> write(List<Event> events) {
            List<Long> ids = rows.insert(events);
            List<ChangeLog.Created> created = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                created.add(new ChangeLog.Created(ids.get(i), EventCommand.from(events.get(i)), 0));
            }
            changeLog.recordCreated(RESOURCE, created);
            return ids;
        }
    }

    @Override
    public Event create(EventCommand command) {
        checkReferences(command);
        checkReportedDate(command);
        Event event = new Event(command.kind(), command.status(), command.title().en(), command.title().ru(),
                date(command), command.sources().getFirst().citation());
        apply(event, command);
        return records().create(event);
    }

    /**
     * Checks a command as {@link #create} would, without writing: its references, its date
     * and the event's rules.
     */
    @Transactional(readOnly = true)
    public void check(EventCommand command) {
        checkReferences(command);
        checkReportedDate(command);
        Event event = new Event(command.kind(), command.status(), command.title().en(), command.title().ru(),
                date(command), command.sources().getFirst().citation());
        apply(event, command);
    }

    @Override
    public Event replace(long id, ExpectedVersion expected, EventCommand command) {
        return records().update(id, expected, event -> {
            event.ensureEditable();
            checkReferences(command);
            checkReportedDate(command);
            apply(event, command);
        });
    }

    /**
     * Adds sources to an event, as a new version: a source the event already cites keeps the
     * passage it has.
     */
    public Event cite(long id, List<Citation> citations) {
        Event current = records().live(id);
        EventCommand now = EventCommand.from(current);
        List<EventCommand.SourcePassage> merged = new ArrayList<>(now.sources());
        Set<Long> cited = new HashSet<>();
        now.sources().forEach(source -> cited.add(source.sourceId()));
        citations.stream()
                .filter(citation -> cited.add(citation.sourceId()))
                .forEach(citation -> merged.add(new EventCommand.SourcePassage(citation.sourceId(), citation.quotedPassage())));
        return replace(id, ExpectedVersion.of(current.getVersion()), now.citing(merged));
    }

    @Override
    public void delete(long id, ExpectedVersion expected, String reason) {
        Event event = records().live(id, expected);
        event.ensureEditable();
        records().delete(event, reason);
    }

    /** @throws RuleViolationException for an agreement step's entry: its step, recorded again, brings it back */
    @Override
    public Event restore(long id) {
        events.findById(id).ifPresent(Event::ensureEditable);
        return super.restore(id);
    }

    private static UncertainDate date(EventCommand command) {
        try {
            return UncertainDate.parseEdtf(command.date());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("date", e.getMessage());
        }
    }

    private static void apply(Event event, EventCommand command) {
        event.reclassify(command.kind());
        event.changeStatus(command.status());
        event.retitle(command.title().en(), command.title().ru());
        Text summary = command.summary() == null ? Text.NONE : command.summary();
        event.describe(summary.en(), summary.ru());
        event.redate(date(command));
        EventCommand.Place place = command.place();
        Text placeName = place == null || place.name() == null ? Text.NONE : place.name();
        event.placeAt(placeName.en(), placeName.ru(), place == null ? null : place.state());
        event.concern(command.agreementId());
        if (command.visit() != null) {
            event.describeVisit(command.visit().level(), command.visit().kind());
        } else if (command.kind() == EventKind.VISIT) {
            event.describeVisit(null, null);
        }
        if (command.call() != null) {
            event.initiatedBy(command.call().initiator());
        }
        if (command.memorandum() != null) {
            event.memorandumOn(command.memorandum().subject().en(), command.memorandum().subject().ru());
        } else if (command.kind() == EventKind.MEMORANDUM) {
            event.memorandumOn(null, null);
        }
        event.replaceStates(command.states().stream().map(state -> new EventState(state.code(), state.side())).toList());
        event.replaceParticipants(command.participantsOrNone().stream()
                .map(participant -> new EventParticipant(participant.personId(), participant.role())).toList());
        event.replaceInstitutions(command.institutionsOrNone().stream()
                .map(institution -> new EventInstitution(institution.institutionId(), institution.role())).toList());
        event.replaceTopics(command.topicsOrNone());
        event.replaceCitations(command.sources().stream().map(EventCommand.SourcePassage::citation).toList());
    }

    /**
     * A source reports what had happened by the day it was published: a happened event whose
     * every source was published by some day cannot begin after that day ("a recent call",
     * in an article of 11 January, is no later than 11 January).
     */
    private void checkReportedDate(EventCommand command) {
        checkReportedDate(command, direct);
    }

    private static void checkReportedDate(EventCommand command, EventReferences known) {
        if (command.status() != EventStatus.HAPPENED) {
            return;
        }
        UncertainDate date = date(command);
        known.lastPublished(command.sources().stream().map(EventCommand.SourcePassage::sourceId).toList())
                .filter(published -> date.earliest().isAfter(published))
                .ifPresent(published -> {
                    throw InvalidRequestException.of("date", REPORTED_AS_PAST);
                });
    }

    /** Every reference of the command that names nothing (or something deleted), reported at once. */
    private void checkReferences(EventCommand command) {
        checkReferences(command, direct);
    }

    private static void checkReferences(EventCommand command, EventReferences known) {
        List<InvalidParameter> problems = new ArrayList<>();
        Set<String> stateCodes = new LinkedHashSet<>();
        command.states().forEach(state -> stateCodes.add(state.code()));
        if (command.place() != null && command.place().state() != null) {
            stateCodes.add(command.place().state());
        }
        if (command.call() != null) {
            stateCodes.add(command.call().initiator());
        }
        Set<String> unknownStates = known.unknownStates(stateCodes);
        for (int i = 0; i < command.states().size(); i++) {
            if (unknownStates.contains(command.states().get(i).code())) {
                problems.add(new InvalidParameter("states[" + i + "].code", "no state has this ISO code"));
            }
        }
        Set<String> named = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (int i = 0; i < command.states().size(); i++) {
            String code = command.states().get(i).code();
            if (!named.add(code) && repeated.add(code)) {
                problems.add(new InvalidParameter("states[" + i + "].code",
                        "names a state already named: each state comes once, with its side"));
            }
        }
        if (command.place() != null && unknownStates.contains(command.place().state())) {
            problems.add(new InvalidParameter("place.state", "no state has this ISO code"));
        }
        if (command.call() != null && unknownStates.contains(command.call().initiator())) {
            problems.add(new InvalidParameter("call.initiator", "no state has this ISO code"));
        }
        Set<Long> unknownSources = known.unknownLive(KnownRecords.Table.SOURCE,
                command.sources().stream().map(EventCommand.SourcePassage::sourceId).toList());
        for (int i = 0; i < command.sources().size(); i++) {
            if (unknownSources.contains(command.sources().get(i).sourceId())) {
                problems.add(new InvalidParameter("sources[" + i + "].sourceId", "no source has this id"));
            }
        }
        Set<Long> unknownPersons = known.unknownLive(KnownRecords.Table.PERSON,
                command.participantsOrNone().stream().map(EventCommand.Participant::personId).toList());
        for (int i = 0; i < command.participantsOrNone().size(); i++) {
            if (unknownPersons.contains(command.participantsOrNone().get(i).personId())) {
                problems.add(new InvalidParameter("participants[" + i + "].personId", "no person has this id"));
            }
        }
        Set<Long> unknownInstitutions = known.unknownLive(KnownRecords.Table.INSTITUTION,
                command.institutionsOrNone().stream().map(EventCommand.InstitutionPart::institutionId).toList());
        for (int i = 0; i < command.institutionsOrNone().size(); i++) {
            if (unknownInstitutions.contains(command.institutionsOrNone().get(i).institutionId())) {
                problems.add(new InvalidParameter("institutions[" + i + "].institutionId", "no institution has this id"));
            }
        }
        Set<String> unknownTopics = known.unknownTopics(command.topicsOrNone());
        for (int i = 0; i < command.topicsOrNone().size(); i++) {
            if (unknownTopics.contains(command.topicsOrNone().get(i))) {
                problems.add(new InvalidParameter("topics[" + i + "]", "not a topic of the vocabulary"));
            }
        }
        if (command.agreementId() != null
                && !known.unknownLive(KnownRecords.Table.AGREEMENT, List.of(command.agreementId())).isEmpty()) {
            problems.add(new InvalidParameter("agreementId", "no agreement has this id"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
