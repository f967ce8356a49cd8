package org.chancery.event.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.chancery.common.Bilingual;
import org.chancery.common.RuleViolationException;
import org.chancery.common.Text;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateInput;
import org.chancery.common.web.PickedLabels;
import org.chancery.common.web.RecordPicker;
import org.chancery.event.EventCommand;
import org.chancery.event.EventKind;
import org.chancery.event.InstitutionRole;
import org.chancery.event.NewInstitutions;
import org.chancery.event.NewPersons;
import org.chancery.event.ParticipantRole;
import org.chancery.source.Citation;
import org.chancery.source.web.CitedPassage;
import org.chancery.source.web.SourcePicker;
import org.chancery.state.StateQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Reads a filled-in {@link EventForm} into the event it describes, putting each problem on
 * its field in the reader's language: the date as people say it, states, persons and
 * institutions by what the type-ahead put in their fields, sources picked or added. Only the
 * kind's own fields are taken: a visit's level is not kept on a call.
 */
@Component
class EventFormReader {

    private final StateQueries states;
    private final EventChoices choices;
    private final SourcePicker sources;
    private final NewInstitutions newInstitutions;

    EventFormReader(StateQueries states, EventChoices choices, SourcePicker sources, NewInstitutions newInstitutions) {
        this.states = states;
        this.choices = choices;
        this.sources = sources;
        this.newInstitutions = newInstitutions;
    }

    /** The event read, or empty when anything was wrong (then {@code result} says what). */
    Optional<ReadEvent> read(EventForm form, BindingResult result, Locale locale) {
        if (EventForm.blank(form.titleEn()) && EventForm.blank(form.titleRu())) {
            result.rejectValue("titleEn", "event.form.title.required", "Give the event a title in English or Russian");
        }
        String date = date(form, result, locale);
        List<EventCommand.StateRole> stateRoles = stateRoles(form, result);
        String placeState = state(form.placeState(), "placeState", result);
        EventCommand.Call call = null;
        if (form.kind() == EventKind.CALL) {
            if (EventForm.blank(form.callInitiator())) {
                result.rejectValue("callInitiator", "event.form.callInitiator.required", "Say which state placed the call");
            } else {
                String initiator = state(form.callInitiator(), "callInitiator", result);
                call = initiator == null ? null : new EventCommand.Call(initiator);
            }
        }
        List<NewParticipant> newParticipants = new ArrayList<>();
        List<NewInstitutionPart> newInstitutionParts = new ArrayList<>();
        List<EventCommand.Participant> participants = participants(form, date, result, locale, newParticipants);
        List<EventCommand.InstitutionPart> institutions = institutions(form, result, locale, newInstitutionParts);
        List<CitedPassage> cited = sources.read(form.sourceRows(), "sources", true, result);
        if (result.hasErrors()) {
            return Optional.empty();
        }
        EventKind kind = form.kind();
        Text placeName = text(form.placeEn(), form.placeRu());
        Text memorandum = text(form.memorandumSubjectEn(), form.memorandumSubjectRu());
        EventCommand command = new EventCommand(kind, form.status(), text(form.titleEn(), form.titleRu()),
                orNull(text(form.summaryEn(), form.summaryRu())), date,
                placeName.isEmpty() && placeState == null ? null
                        : new EventCommand.Place(orNull(placeName), placeState),
                form.agreementId(),
                kind == EventKind.VISIT ? new EventCommand.Visit(form.visitLevel(), form.visitKind()) : null,
                call,
                kind == EventKind.MEMORANDUM && !memorandum.isEmpty() ? new EventCommand.Memorandum(memorandum) : null,
                stateRoles, participants, institutions,
                form.topics() == null ? List.of() : form.topics().stream().filter(topic -> !topic.isBlank()).distinct().toList(),
                List.of());
        return Optional.of(new ReadEvent(command, cited, newParticipants, newInstitutionParts));
    }

    private static @Nullable String date(EventForm form, BindingResult result, Locale locale) {
        if (EventForm.blank(form.date())) {
            result.rejectValue("date", "event.form.date.required", "Enter the date, even roughly: 2026-01, summer 2026");
            return null;
        }
        try {
            UncertainDate date = UncertainDateInput.parse(form.date(), locale);
            return date.toEdtf();
        } catch (IllegalArgumentException | RuleViolationException unreadable) {
            result.rejectValue("date", "event.form.date.unreadable", new Object[] {unreadable.getMessage()},
                    unreadable.getMessage());
            return null;
        }
    }

    private List<EventCommand.StateRole> stateRoles(EventForm form, BindingResult result) {
        List<EventCommand.StateRole> roles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<EventForm.StateRow> rows = form.stateRows();
        for (int i = 0; i < rows.size(); i++) {
            EventForm.StateRow row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String at = "states[" + i + "].";
            String code = state(row.state(), at + "state", result);
            if (code != null && !seen.add(code)) {
                result.rejectValue(at + "state", "event.form.state.twice", new Object[] {code}, "This state is named twice");
            }
            if (row.side() == null) {
                result.rejectValue(at + "side", "event.form.side.required", "Choose the state's side");
            }
            if (code != null && row.side() != null) {
                roles.add(new EventCommand.StateRole(code, row.side()));
            }
        }
        if (seen.isEmpty() && !result.hasFieldErrors("states*")) {
            result.rejectValue("states[0].state", "event.form.states.required", "Name at least one state");
        }
        return roles;
    }

    /** The alpha-2 code of the state the text names, or null (with an error) when none does. */
    private @Nullable String state(@Nullable String typed, String field, BindingResult result) {
        if (EventForm.blank(typed)) {
            return null;
        }
        String code = states.codeFor(typed);
        if (code.length() == 2 && states.byCode(code).isPresent()) {
            return code.toUpperCase(Locale.ROOT);
        }
        result.rejectValue(field, "event.form.state.unknown", new Object[] {typed.strip()},
                "No state is called this: pick one from the list");
        return null;
    }

    private List<EventCommand.Participant> participants(EventForm form, @Nullable String date, BindingResult result,
            Locale locale, List<NewParticipant> created) {
        List<EventCommand.Participant> participants = new ArrayList<>();
        List<EventForm.ParticipantRow> rows = form.participantRows();
        for (int i = 0; i < rows.size(); i++) {
            EventForm.ParticipantRow row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String at = "participants[" + i + "].";
            if (row.role() == null) {
                result.rejectValue(at + "role", "event.form.role.required", "Choose the person's role");
            }
            if (row.picksAndTypesNewPerson()) {
                result.rejectValue(at + "person", "event.form.newPerson.alsoPicked",
                        "Pick a person from the list or create one here, not both: clear one of the two");
                continue;
            }
            if (row.addsPerson()) {
                NewPersonRow person = newPerson(form, row, at, date, result, locale);
                if (person != null && row.role() != null) {
                    created.add(new NewParticipant(i, person.person(), row.role(), person.officeInstitutionRow()));
                }
                continue;
            }
            RecordPicker.Picked person = choices.person(row.person(), locale);
            if (person.id() == null) {
                RecordPicker.reject(result, at + "person", "event.form.person", row.person(), person,
                        "No person is called this: pick one from the list, or create them here");
            }
            if (person.id() != null && row.role() != null) {
                participants.add(new EventCommand.Participant(person.id(), row.role()));
            }
        }
        return participants;
    }

    /** The person a row creates, with the office they held, or null (with errors on its fields). */
    private @Nullable NewPersonRow newPerson(EventForm form, EventForm.ParticipantRow row, String at,
            @Nullable String date, BindingResult result, Locale locale) {
        int errors = result.getErrorCount();
        required(row.newNameEn(), at + "newNameEn", "event.form.newPerson.nameEn.required", result);
        required(row.newNameRu(), at + "newNameRu", "event.form.newPerson.nameRu.required", result);
        NewPersons.HeldOffice office = null;
        Integer institutionRow = null;
        row = withTheRecordsOffice(row);
        if (!row.holdsNoOffice()) {
            required(row.newOfficeEn(), at + "newOfficeEn", "event.form.newPerson.officeEn.required", result);
            required(row.newOfficeRu(), at + "newOfficeRu", "event.form.newPerson.officeRu.required", result);
            Long institution = null;
            institutionRow = EventForm.blank(row.newOfficeInstitution()) ? null
                    : newInstitutionRow(form, row.newOfficeInstitution());
            if (!EventForm.blank(row.newOfficeInstitution()) && institutionRow == null) {
                RecordPicker.Picked picked = choices.institution(row.newOfficeInstitution(), locale);
                institution = picked.id();
                if (institution == null) {
                    RecordPicker.reject(result, at + "newOfficeInstitution", "event.form.institution", row.newOfficeInstitution(), picked,
                            "No institution is called this: pick one from the list");
                }
            }
            // An office sits in its institution's state, so the state need not be typed again.
            String state = EventForm.blank(row.newOfficeState())
                    ? institutionState(form, institution, institutionRow)
                    : state(row.newOfficeState(), at + "newOfficeState", result);
            if (EventForm.blank(row.newOfficeState()) && state == null) {
                result.rejectValue(at + "newOfficeState", "event.form.newPerson.officeState.required",
                        "Say which state's office it is");
            }
            UncertainDate since = null;
            if (!EventForm.blank(row.newSince())) {
                try {
                    since = UncertainDateInput.parse(row.newSince(), locale);
                } catch (IllegalArgumentException | RuleViolationException unreadable) {
                    result.rejectValue(at + "newSince", "event.form.newPerson.since.unreadable",
                            "Enter since when as a date, even roughly: 2020, May 2024");
                }
            } else if (date != null) {
                since = UncertainDate.parseEdtf(date);
            }
            if (result.getErrorCount() == errors && state != null && since != null) {
                office = new NewPersons.HeldOffice(new Bilingual(row.newOfficeEn().strip(), row.newOfficeRu().strip()),
                        state, institution, since);
            }
        }
        if (result.getErrorCount() > errors) {
            return null;
        }
        return new NewPersonRow(new NewPersons.NewPerson(new Bilingual(row.newNameEn().strip(), row.newNameRu().strip()),
                office), office == null ? null : institutionRow);
    }

    /**
     * A new person's office typed by one title alone, as without JavaScript (which fills in the
     * rest when one picks a suggestion): the record's office of that title, or the one office
     * the typed words fit (as the type-ahead reads them), with its other title, state and
     * institution. Otherwise the row as typed, to be created or refused as it stands.
     */
    private EventForm.ParticipantRow withTheRecordsOffice(EventForm.ParticipantRow row) {
        boolean en = !EventForm.blank(row.newOfficeEn());
        boolean ru = !EventForm.blank(row.newOfficeRu());
        if (en == ru || !EventForm.blank(row.newOfficeState()) || !EventForm.blank(row.newOfficeInstitution())) {
            return row;
        }
        return choices.office((en ? row.newOfficeEn() : row.newOfficeRu()).strip())
                .map(office -> row.withOffice(office.title().en(), office.title().ru(), office.state(),
                        office.institutionId() == null ? null : PickedLabels.label(office.institutionId(), office.institution())))
                .orElse(row);
    }

    /** The state of the office's institution (one of the record, or one this form creates), or null when it has none. */
    private @Nullable String institutionState(EventForm form, @Nullable Long institution, @Nullable Integer institutionRow) {
        if (institution != null) {
            return choices.institutionState(institution);
        }
        if (institutionRow == null) {
            return null;
        }
        String typed = form.institutionRows().get(institutionRow).newState();
        if (EventForm.blank(typed)) {
            return null;
        }
        String code = states.codeFor(typed);
        return code.length() == 2 && states.byCode(code).isPresent() ? code.toUpperCase(Locale.ROOT) : null;
    }

    /**
     * The row of the institution this form creates under the name {@code typed} (English or
     * Russian, case aside), or null: a new person's office may sit in an institution that is
     * new too.
     */
    private static @Nullable Integer newInstitutionRow(EventForm form, String typed) {
        String name = typed.strip();
        List<EventForm.InstitutionRow> rows = form.institutionRows();
        for (int i = 0; i < rows.size(); i++) {
            EventForm.InstitutionRow row = rows.get(i);
            if (row != null && row.addsInstitution() && (name.equalsIgnoreCase(strip(row.newNameEn()))
                    || name.equalsIgnoreCase(strip(row.newNameRu())))) {
                return i;
            }
        }
        return null;
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null ? null : text.strip();
    }

    /** A new person as read, and the form's row of the new institution their office sits in, if it is one. */
    private record NewPersonRow(NewPersons.NewPerson person, @Nullable Integer officeInstitutionRow) {
    }

    private List<EventCommand.InstitutionPart> institutions(EventForm form, BindingResult result, Locale locale,
            List<NewInstitutionPart> created) {
        List<EventCommand.InstitutionPart> parts = new ArrayList<>();
        List<EventForm.InstitutionRow> rows = form.institutionRows();
        for (int i = 0; i < rows.size(); i++) {
            EventForm.InstitutionRow row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String at = "institutions[" + i + "].";
            if (row.role() == null) {
                result.rejectValue(at + "role", "event.form.institutionRole.required", "Choose the institution's role");
            }
            if (row.picksAndTypesNewInstitution()) {
                result.rejectValue(at + "institution", "event.form.newInstitution.alsoPicked",
                        "Pick an institution from the list or create one here, not both: clear one of the two");
                continue;
            }
            if (row.addsInstitution()) {
                NewInstitutions.NewInstitution institution = newInstitution(row, at, result);
                if (institution != null && row.role() != null) {
                    created.add(new NewInstitutionPart(i, institution, row.role()));
                }
                continue;
            }
            RecordPicker.Picked institution = choices.institution(row.institution(), locale);
            if (institution.id() == null) {
                RecordPicker.reject(result, at + "institution", "event.form.institution", row.institution(), institution,
                        "No institution is called this: pick one from the list");
            }
            if (institution.id() != null && row.role() != null) {
                parts.add(new EventCommand.InstitutionPart(institution.id(), row.role()));
            }
        }
        return parts;
    }

    /** The institution a row creates, or null (with errors on its fields). */
    private NewInstitutions.@Nullable NewInstitution newInstitution(EventForm.InstitutionRow row, String at,
            BindingResult result) {
        int errors = result.getErrorCount();
        required(row.newNameEn(), at + "newNameEn", "institution.form.nameEn.required", result);
        required(row.newNameRu(), at + "newNameRu", "institution.form.nameRu.required", result);
        String state = state(row.newState(), at + "newState", result);
        if (EventForm.blank(row.newKind()) || !newInstitutions.kinds().contains(row.newKind())) {
            result.rejectValue(at + "newKind", "institution.form.kind.required", "Choose what kind of institution it is");
        }
        if (result.getErrorCount() > errors) {
            return null;
        }
        return new NewInstitutions.NewInstitution(new Bilingual(row.newNameEn().strip(), row.newNameRu().strip()), state,
                row.newKind());
    }

    private static void required(@Nullable String typed, String field, String code, BindingResult result) {
        if (EventForm.blank(typed)) {
            result.rejectValue(field, code, code);
        }
    }

    private static Text text(@Nullable String en, @Nullable String ru) {
        return new Text(EventForm.blank(en) ? null : en.strip(), EventForm.blank(ru) ? null : ru.strip());
    }

    private static @Nullable Text orNull(Text text) {
        return text.isEmpty() ? null : text;
    }

    /**
     * A person the form creates, who took part in the event in {@code role}; {@code row} is the
     * form's, and {@code officeInstitutionRow} the form's row of the new institution their office
     * sits in, when it is one the form creates too.
     */
    record NewParticipant(int row, NewPersons.NewPerson person, ParticipantRole role,
            @Nullable Integer officeInstitutionRow) {
    }

    /** An institution the form creates, taking part in {@code role}; {@code row} is the form's. */
    record NewInstitutionPart(int row, NewInstitutions.NewInstitution institution, InstitutionRole role) {
    }

    /**
     * An event read from the form: everything but its sources, which may still have to be
     * added, and the persons and institutions it creates, which have no number yet.
     */
    record ReadEvent(EventCommand command, List<CitedPassage> sources, List<NewParticipant> newParticipants,
            List<NewInstitutionPart> newInstitutions) {

        /**
         * The event as typed, for comparing with a saved version: a source still to be added
         * has no number yet, so only the sources picked are in it.
         */
        EventCommand asTyped() {
            return command.citing(sources.stream()
                    .filter(source -> source.sourceId() != null)
                    .map(source -> new EventCommand.SourcePassage(source.sourceId(), source.passage()))
                    .toList());
        }

        /** The command citing the sources now written. */
        EventCommand citing(List<Citation> citations) {
            return command.citing(citations.stream()
                    .map(citation -> new EventCommand.SourcePassage(citation.sourceId(), citation.quotedPassage()))
                    .toList());
        }
    }
}
