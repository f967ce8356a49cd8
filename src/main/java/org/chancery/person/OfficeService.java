package org.chancery.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.chancery.audit.ChangeAction;
import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.KnownRecords;
import org.chancery.common.MergePatch;
import org.chancery.common.NotFoundException;
import org.chancery.common.References;
import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes offices and the terms held in them: checked, compared against the office's
 * version, logged under the office, in one transaction. A term changes its holder too: the
 * person's representation lists the offices they held, so the person gets a new version
 * (and ETag) as well. Offices are deleted for good, and only while no terms are recorded in
 * them; their history stays.
 */
@Service
@Transactional
public class OfficeService {

    static final String RESOURCE = "offices";

    private final Offices offices;
    private final Persons persons;
    private final KnownRecords known;
    private final ChangeLog changeLog;
    private final MergePatch mergePatch;
    private final EntityManager entityManager;

    OfficeService(Offices offices, Persons persons, KnownRecords known, ChangeLog changeLog, MergePatch mergePatch,
            EntityManager entityManager) {
        this.offices = offices;
        this.persons = persons;
        this.known = known;
        this.changeLog = changeLog;
        this.mergePatch = mergePatch;
        this.entityManager = entityManager;
    }

    public Office create(OfficeCommand command) {
        checkReferences(command);
        Office saved = offices.saveAndFlush(new Office(command.title().en(), command.title().ru(), command.state(),
                command.institutionId()));
        log(saved, ChangeAction.CREATED, null, null);
        return saved;
    }

    public Office replace(long id, ExpectedVersion expected, OfficeCommand command) {
        Office office = current(id, expected);
        checkReferences(command);
        OfficeSnapshot before = OfficeSnapshot.of(office);
        office.revise(command.title().en(), command.title().ru(), command.state(), command.institutionId());
        if (!OfficeCommand.from(office).equals(new OfficeCommand(before.title(), before.state(), before.institutionId()))) {
            reviseHolders(office.getTerms().stream().map(OfficeTerm::getPersonId).toList());
        }
        Office saved = offices.saveAndFlush(office);
        log(saved, ChangeAction.UPDATED, before, null);
        return saved;
    }

    /** Applies a JSON merge patch (RFC 7396) to the office's current form, then replaces it. */
    public Office patch(long id, ExpectedVersion expected, JsonNode patch) {
        Office office = current(id, expected);
        OfficeCommand patched = mergePatch.apply(OfficeCommand.from(office), patch, OfficeCommand.class);
        return replace(id, ExpectedVersion.of(office.getVersion()), patched);
    }

    /** @throws RuleViolationException while terms are recorded in the office */
    public void delete(long id, ExpectedVersion expected, String reason) {
        Office office = current(id, expected);
        new References().count(office.getTerms().size(), "term", "terms")
                .refuseDeletion("office-has-terms", "This office records",
                        "withdraw them first (DELETE /api/v1/offices/" + id + "/terms/{termId}).");
        OfficeSnapshot before = OfficeSnapshot.of(office);
        offices.delete(office);
        changeLog.record(RESOURCE, id, ChangeAction.DELETED, before, before, office.getVersion(), reason);
    }

    /**
     * Records that a person held the office from one day to another (either may be unknown).
     *
     * @throws RuleViolationException if the term overlaps another, or ends before it starts
     */
    public OfficeTerm appoint(long officeId, ExpectedVersion expected, TermCommand command) {
        Office office = current(officeId, expected);
        if (!known.unknownLive(KnownRecords.Table.PERSON, List.of(command.personId())).isEmpty()) {
            throw InvalidRequestException.of("personId", "no person has this id");
        }
        OfficeSnapshot before = OfficeSnapshot.of(office);
        Person holder = reviseHolders(List.of(command.personId())).getFirst();
        OfficeTerm term = office.appoint(holder, bound(command.from(), "from"), bound(command.to(), "to"));
        offices.flush();
        log(office, ChangeAction.UPDATED, before, null);
        return term;
    }

    /**
     * Creates an office and records its first term, all or nothing: when the term is refused,
     * the office is not created either.
     */
    public OfficeTerm createWithTerm(OfficeCommand office, TermCommand term) {
        Office created = create(office);
        return appoint(created.savedId(), ExpectedVersion.of(created.getVersion()), term);
    }

    /**
     * Moves a term's start and end (either may be unknown), such as to record that its holder
     * left the office.
     *
     * @throws RuleViolationException if the term would then overlap another, or end before it starts
     */
    public OfficeTerm reviseTerm(long officeId, long termId, ExpectedVersion expected, TermCommand command) {
        Office office = current(officeId, expected);
        OfficeSnapshot before = OfficeSnapshot.of(office);
        OfficeTerm term = office.term(termId).orElseThrow(() -> NotFoundException.forId("term of this office", termId));
        if (!term.getPersonId().equals(command.personId())) {
            throw InvalidRequestException.of("personId", "the term is held by someone else");
        }
        office.reviseTerm(termId, bound(command.from(), "from"), bound(command.to(), "to"));
        // A term's own columns changed, not the office's: its version moves on all the same.
        entityManager.lock(office, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        reviseHolders(List.of(term.getPersonId()));
        log(offices.saveAndFlush(office), ChangeAction.UPDATED, before, null);
        return term;
    }

    /**
     * Puts an earlier version's title, state and institution back, as a new version; the terms
     * stay as they are (they are recorded and withdrawn one by one).
     *
     * @throws NotFoundException if the history holds no such version of the office
     */
    public Office revert(long id, long version) {
        Office office = live(id);
        JsonNode kept = changeLog.historyOf(RESOURCE, id).reversed().stream()
                .filter(entry -> entry.version() == version && entry.snapshot() instanceof ObjectNode
                        && entry.action() != ChangeAction.DELETED)
                .findFirst()
                .map(entry -> ((ObjectNode) entry.snapshot()).deepCopy().without("terms"))
                .orElseThrow(() -> NotFoundException.because("The office " + id + " has no version " + version + "."));
        return replace(id, ExpectedVersion.of(office.getVersion()), mergePatch.read(kept, OfficeCommand.class));
    }

    /** Takes back a term recorded in error. */
    public void withdraw(long officeId, long termId, ExpectedVersion expected) {
        Office office = current(officeId, expected);
        OfficeSnapshot before = OfficeSnapshot.of(office);
        OfficeTerm term = office.withdraw(termId);
        reviseHolders(List.of(term.getPersonId()));
        log(offices.saveAndFlush(office), ChangeAction.UPDATED, before, null);
    }

    @Transactional(readOnly = true)
    public Office live(long id) {
        return offices.findById(id).orElseThrow(() -> NotFoundException.forId("office", id));
    }

    /** The office's history, oldest first; kept, and shown, after the office is deleted. */
    @Transactional(readOnly = true)
    public List<ChangeLog.ChangeEntry> history(long id) {
        List<ChangeLog.ChangeEntry> history = changeLog.historyOf(RESOURCE, id);
        if (history.isEmpty()) {
            live(id);
        }
        return history;
    }

    private Office current(long id, ExpectedVersion expected) {
        Office office = live(id);
        expected.check(office.getVersion());
        return office;
    }

    /** A term's bound as the command writes it (EDTF), or null when unknown. */
    private static @Nullable UncertainDate bound(@Nullable String edtf, String field) {
        if (edtf == null || edtf.isBlank()) {
            return null;
        }
        try {
            return UncertainDate.parseEdtf(edtf);
        } catch (IllegalArgumentException unreadable) {
            throw InvalidRequestException.of(field, "not a date such as 2024-05-07, 2024-05 or 2020");
        }
    }

    private List<Person> reviseHolders(List<Long> personIds) {
        return personIds.isEmpty() ? List.of() : persons.findAllToRevise(Set.copyOf(personIds));
    }

    private void checkReferences(OfficeCommand command) {
        List<InvalidParameter> problems = new ArrayList<>();
        if (!known.unknownStates(List.of(command.state())).isEmpty()) {
            problems.add(new InvalidParameter("state", "no state has this ISO code"));
        }
        if (command.institutionId() != null
                && !known.unknownLive(KnownRecords.Table.INSTITUTION, List.of(command.institutionId())).isEmpty()) {
            problems.add(new InvalidParameter("institutionId", "no institution has this id"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private void log(Office saved, ChangeAction action, @Nullable OfficeSnapshot before, @Nullable String reason) {
        changeLog.record(RESOURCE, saved.savedId(), action, before, OfficeSnapshot.of(saved), saved.getVersion(), reason);
    }
}
