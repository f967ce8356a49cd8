package org.chancery.event.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateInput;
import org.chancery.event.EventCommand;
import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.chancery.event.InstitutionRole;
import org.chancery.event.ParticipantRole;
import org.chancery.event.StateSide;
import org.chancery.event.VisitKind;
import org.chancery.event.VisitLevel;
import org.chancery.source.web.CitationInput;
import org.jspecify.annotations.Nullable;

/**
 * The event form ({@code event/form}) as staff fill it in: text as typed, the date as a
 * person says it, states, persons and institutions as the type-ahead put them, sources picked
 * or added. {@link EventFormReader} reads it into an {@link EventCommand}. Rows left empty
 * are ignored; {@link #withRoom()} adds empty ones so there is always room for one more.
 *
 * @param version  the version the edit was opened on (null when creating)
 * @param distinct the user has seen the similar events and says this one is another
 */
public record EventForm(
        @NotNull(message = "{event.form.kind.required}") @Nullable EventKind kind,
        @NotNull(message = "{event.form.status.required}") @Nullable EventStatus status,
        @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String titleEn,
        @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String titleRu,
        @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String summaryEn,
        @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String summaryRu,
        @Nullable String date,
        @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String placeEn,
        @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String placeRu,
        @Nullable String placeState,
        @Nullable Long agreementId,
        @Nullable VisitLevel visitLevel,
        @Nullable VisitKind visitKind,
        @Nullable String callInitiator,
        @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String memorandumSubjectEn,
        @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String memorandumSubjectRu,
        @Nullable List<StateRow> states,
        @Nullable List<@Valid ParticipantRow> participants,
        @Nullable List<@Valid InstitutionRow> institutions,
        @Nullable List<String> topics,
        @Nullable List<CitationInput> sources,
        @Nullable Long version,
        @Nullable Boolean distinct) {

    /**
     * Every list has a first row, filled in or not, so that a problem with "the first state"
     * or "the first source" always has a field to stand beside, even when the browser sent none.
     */
    public EventForm {
        states = atLeastOne(states, new StateRow(null, null));
        participants = participants == null ? List.of() : participants;
        institutions = institutions == null ? List.of() : institutions;
        topics = topics == null ? List.of() : topics;
        sources = atLeastOne(sources, CitationInput.empty());
    }

    private static <T> List<T> atLeastOne(@Nullable List<T> rows, T empty) {
        return rows == null || rows.isEmpty() ? List.of(empty) : rows;
    }

    /** Empty rows offered beyond the filled ones. */
    static final int ROOM = 2;

    public record StateRow(@Nullable String state, @Nullable StateSide side) {

        boolean isBlank() {
            return blank(state);
        }
    }

    /**
     * A person who took part: picked ({@code person}), or not yet in the record and created
     * with the event ({@code new…}: the name in both languages and the office they held, of a
     * state, within an institution if any, since when if the article says).
     */
    public record ParticipantRow(@Nullable String person, @Nullable ParticipantRole role,
            @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String newNameEn,
            @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String newNameRu,
            @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String newOfficeEn,
            @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String newOfficeRu,
            @Nullable String newOfficeState, @Nullable String newOfficeInstitution, @Nullable String newSince) {

        public ParticipantRow(@Nullable String person, @Nullable ParticipantRole role) {
            this(person, role, null, null, null, null, null, null, null);
        }

        boolean isBlank() {
            return blank(person) && !addsPerson();
        }

        /** Whether the row creates the person: nothing picked, something of a new person typed. */
        public boolean addsPerson() {
            return blank(person) && typesNewPerson();
        }

        /** Whether the row both picks a person and types a new one: neither is taken, the editor says which. */
        boolean picksAndTypesNewPerson() {
            return !blank(person) && typesNewPerson();
        }

        private boolean typesNewPerson() {
            return !(blank(newNameEn) && blank(newNameRu) && holdsNoOffice());
        }

        /** The row with the new person's office as the record holds it: both titles, its state, its institution. */
        ParticipantRow withOffice(String titleEn, String titleRu, String state, @Nullable String institution) {
            return new ParticipantRow(person, role, newNameEn, newNameRu, titleEn, titleRu, state, institution, newSince);
        }

        boolean holdsNoOffice() {
            return blank(newOfficeEn) && blank(newOfficeRu) && blank(newOfficeState) && blank(newOfficeInstitution)
                    && blank(newSince);
        }
    }

    /** An institution: picked, or created with the event ({@code new…}: names, state, kind). */
    public record InstitutionRow(@Nullable String institution, @Nullable InstitutionRole role,
            @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String newNameEn,
            @Size(max = 2000, message = "{event.form.tooLong}") @Nullable String newNameRu,
            @Nullable String newState, @Nullable String newKind) {

        public InstitutionRow(@Nullable String institution, @Nullable InstitutionRole role) {
            this(institution, role, null, null, null, null);
        }

        boolean isBlank() {
            return blank(institution) && !addsInstitution();
        }

        /** Whether the row creates the institution: nothing picked, something of a new one typed. */
        public boolean addsInstitution() {
            return blank(institution) && typesNewInstitution();
        }

        /** Whether the row both picks an institution and types a new one: neither is taken, the editor says which. */
        boolean picksAndTypesNewInstitution() {
            return !blank(institution) && typesNewInstitution();
        }

        private boolean typesNewInstitution() {
            return !(blank(newNameEn) && blank(newNameRu) && blank(newState) && blank(newKind));
        }
    }

    /** A new event naming these states (codes as the link gives them) and citing this source (its label), if any. */
    static EventForm startingWith(List<String> stateCodes, @Nullable String sourceLabel) {
        return startingWith(stateCodes, sourceLabel, new Start(null, null, null, null));
    }

    /**
     * What "Save and add another" carries to the next form besides the states and the source:
     * the date and the place as they were typed, which the next fact of an article most often shares.
     */
    record Start(@Nullable String date, @Nullable String placeEn, @Nullable String placeRu, @Nullable String placeState) {
    }

    /** A new event naming these states and citing this source, its date and place as {@code start} has them. */
    static EventForm startingWith(List<String> stateCodes, @Nullable String sourceLabel, Start start) {
        EventForm empty = empty();
        return new EventForm(empty.kind, empty.status, null, null, null, null, start.date(), start.placeEn(), start.placeRu(),
                start.placeState(), null, null,
                null, null, null, null,
                stateCodes.stream().filter(code -> !blank(code)).map(code -> new StateRow(code, null)).toList(),
                null, null, null,
                sourceLabel == null ? null : List.of(CitationInput.picked(sourceLabel, "")),
                null, null).withRoom();
    }

    static EventForm empty() {
        return new EventForm(null, EventStatus.HAPPENED, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null).withRoom();
    }

    /**
     * The event as it stands, to edit: the date written back as a person reads it, each
     * reference as its type-ahead label.
     */
    static EventForm of(EventCommand event, long version, Locale locale, Function<String, String> stateLabel,
            LongFunction<String> personLabel, LongFunction<String> institutionLabel, LongFunction<String> sourceLabel) {
        return new EventForm(event.kind(), event.status(),
                event.title().en(), event.title().ru(),
                event.summary() == null ? null : event.summary().en(), event.summary() == null ? null : event.summary().ru(),
                UncertainDateInput.format(UncertainDate.parseEdtf(event.date()), locale),
                event.place() == null || event.place().name() == null ? null : event.place().name().en(),
                event.place() == null || event.place().name() == null ? null : event.place().name().ru(),
                event.place() == null || event.place().state() == null ? null : stateLabel.apply(event.place().state()),
                event.agreementId(),
                event.visit() == null ? null : event.visit().level(), event.visit() == null ? null : event.visit().kind(),
                event.call() == null ? null : stateLabel.apply(event.call().initiator()),
                event.memorandum() == null ? null : event.memorandum().subject().en(),
                event.memorandum() == null ? null : event.memorandum().subject().ru(),
                event.states().stream().map(state -> new StateRow(stateLabel.apply(state.code()), state.side())).toList(),
                event.participantsOrNone().stream()
                        .map(person -> new ParticipantRow(personLabel.apply(person.personId()), person.role())).toList(),
                event.institutionsOrNone().stream()
                        .map(part -> new InstitutionRow(institutionLabel.apply(part.institutionId()), part.role())).toList(),
                event.topicsOrNone(),
                event.sources().stream()
                        .map(source -> CitationInput.picked(sourceLabel.apply(source.sourceId()), source.quotedPassage())).toList(),
                version, null).withRoom();
    }

    /** The new sources typed in this form (not yet in the record). */
    List<CitationInput> newSources() {
        return sources == null ? List.of() : sources.stream()
                .filter(source -> !source.isBlank() && (source.source() == null || source.source().isBlank()))
                .toList();
    }

    /** The same form citing also {@code more} (new sources typed in another copy of it). */
    EventForm citingAlso(List<CitationInput> more) {
        List<CitationInput> all = new ArrayList<>(sources == null ? List.of()
                : sources.stream().filter(source -> !source.isBlank()).toList());
        all.addAll(more);
        return new EventForm(kind, status, titleEn, titleRu, summaryEn, summaryRu, date, placeEn, placeRu, placeState,
                agreementId, visitLevel, visitKind, callInitiator, memorandumSubjectEn, memorandumSubjectRu,
                states, participants, institutions, topics, all, version, distinct).withRoom();
    }

    /**
     * The same form with also the persons and institutions {@code typed} creates (its
     * "Not in the record?" rows), such as when a late save's form comes back rebuilt from the
     * merged versions, which know only recorded ones.
     */
    EventForm creatingAlso(EventForm typed) {
        List<ParticipantRow> allParticipants = new ArrayList<>(participantRows().stream().filter(row -> !row.isBlank()).toList());
        typed.participantRows().stream().filter(row -> row != null && row.addsPerson()).forEach(allParticipants::add);
        List<InstitutionRow> allInstitutions = new ArrayList<>(institutionRows().stream().filter(row -> !row.isBlank()).toList());
        typed.institutionRows().stream().filter(row -> row != null && row.addsInstitution()).forEach(allInstitutions::add);
        return new EventForm(kind, status, titleEn, titleRu, summaryEn, summaryRu, date, placeEn, placeRu, placeState,
                agreementId, visitLevel, visitKind, callInitiator, memorandumSubjectEn, memorandumSubjectRu,
                states, allParticipants, allInstitutions, topics, sources, version, distinct).withRoom();
    }

    /** The same form with {@link #ROOM} empty rows after the filled ones of every list (and one source row at least). */
    EventForm withRoom() {
        return new EventForm(kind, status, titleEn, titleRu, summaryEn, summaryRu, date, placeEn, placeRu, placeState,
                agreementId, visitLevel, visitKind, callInitiator, memorandumSubjectEn, memorandumSubjectRu,
                room(states, StateRow::isBlank, new StateRow(null, null), ROOM),
                room(participants, ParticipantRow::isBlank, new ParticipantRow(null, null), ROOM),
                room(institutions, InstitutionRow::isBlank, new InstitutionRow(null, null), 1),
                topics == null ? List.of() : topics,
                room(sources, CitationInput::isBlank, CitationInput.empty(), 1),
                version, distinct);
    }

    /** Whether the user has seen the similar events and says this one is another. */
    boolean confirmedDistinct() {
        return Boolean.TRUE.equals(distinct);
    }

    List<StateRow> stateRows() {
        return states == null ? List.of() : states;
    }

    List<ParticipantRow> participantRows() {
        return participants == null ? List.of() : participants;
    }

    List<InstitutionRow> institutionRows() {
        return institutions == null ? List.of() : institutions;
    }

    List<CitationInput> sourceRows() {
        return sources == null ? List.of() : sources;
    }

    private static <T> List<T> room(@Nullable List<T> rows, Predicate<T> blank, T empty, int room) {
        List<T> kept = new ArrayList<>();
        if (rows != null) {
            // Blank rows are dropped only at the end, so an error on row 3 stays on row 3.
            int last = rows.size() - 1;
            while (last >= 0 && (rows.get(last) == null || blank.test(rows.get(last)))) {
                last--;
            }
            for (int i = 0; i <= last; i++) {
                kept.add(rows.get(i) == null ? empty : rows.get(i));
            }
        }
        for (int i = 0; i < room; i++) {
            kept.add(empty);
        }
        return kept;
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
