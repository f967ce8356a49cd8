package org.chancery.event.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.chancery.common.InvalidRequestException;
import org.chancery.common.RuleViolationException;
import org.chancery.event.EventCommand;
import org.chancery.event.NewInstitutions;
import org.chancery.event.NewPersons;
import org.springframework.stereotype.Component;
import org.chancery.common.web.FormRefusals;
import org.springframework.validation.BindingResult;

/**
 * Creates the persons (with their offices) and institutions an event form adds, inside the
 * transaction that writes the event ({@code CitingWrites.write}), and gives the command that
 * names them. A refusal (an office someone else held then) leaves the transaction with
 * {@link Refused}, which names the row's field: nothing of the form is written.
 */
@Component
class InlineCreations {

    private final NewPersons persons;
    private final NewInstitutions institutions;

    InlineCreations(NewPersons persons, NewInstitutions institutions) {
        this.persons = persons;
        this.institutions = institutions;
    }

    List<String> institutionKinds() {
        return institutions.kinds();
    }

    /** {@code command} joined by the records the form adds, created now. */
    EventCommand create(EventFormReader.ReadEvent event, EventCommand command) {
        List<EventCommand.InstitutionPart> newInstitutions = new ArrayList<>();
        Map<Integer, Long> institutionByRow = new HashMap<>();
        for (EventFormReader.NewInstitutionPart part : event.newInstitutions()) {
            long id = refusedOn("institutions[" + part.row() + "].newNameEn", () -> institutions.create(part.institution()));
            newInstitutions.add(new EventCommand.InstitutionPart(id, part.role()));
            institutionByRow.put(part.row(), id);
        }
        List<EventCommand.Participant> newParticipants = new ArrayList<>();
        for (EventFormReader.NewParticipant participant : event.newParticipants()) {
            String field = "participants[" + participant.row() + "]."
                    + (participant.person().office() == null ? "newNameEn" : "newOfficeEn");
            NewPersons.NewPerson person = inNewInstitution(participant, institutionByRow);
            long id = refusedOn(field, () -> persons.create(person));
            newParticipants.add(new EventCommand.Participant(id, participant.role()));
        }
        return command.joinedBy(newParticipants, newInstitutions);
    }

    /** The person, their office placed in the institution the form has just created when it named one. */
    private static NewPersons.NewPerson inNewInstitution(EventFormReader.NewParticipant participant,
            Map<Integer, Long> institutionByRow) {
        NewPersons.HeldOffice office = participant.person().office();
        Long institution = participant.officeInstitutionRow() == null ? null
                : institutionByRow.get(participant.officeInstitutionRow());
        if (office == null || institution == null) {
            return participant.person();
        }
        return new NewPersons.NewPerson(participant.person().name(),
                new NewPersons.HeldOffice(office.title(), office.state(), institution, office.since()));
    }

    private static long refusedOn(String field, LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (RuleViolationException | InvalidRequestException refused) {
            throw new Refused(field, refused);
        }
    }

    /** A person or institution of the form refused by its feature, with the field to show it beside. */
    static final class Refused extends RuntimeException {

        private final String field;
        private final RuntimeException refusal;

        Refused(String field, RuntimeException refusal) {
            super(refusal.getMessage(), refusal);
            this.field = field;
            this.refusal = refusal;
        }

        /** Puts the refusal on the row's field. */
        void reject(BindingResult result) {
            if (refusal instanceof RuleViolationException rule) {
                FormRefusals.reject(result, rule, field);
            } else {
                InvalidRequestException invalid = (InvalidRequestException) refusal;
                FormRefusals.reject(result, invalid, path -> field);
            }
        }
    }
}
