package org.chancery.agreement;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import org.chancery.agreement.AgreementSnapshot.ParticipationSnapshot;
import org.chancery.agreement.AgreementSnapshot.StepSnapshot;
import org.chancery.audit.AuditedRecordService;
import org.chancery.audit.AuditedRecords;
import org.chancery.audit.AuditedWrites;
import org.chancery.audit.ChangeAction;
import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.KnownRecords;
import org.chancery.common.MergePatch;
import org.chancery.common.RecordNotFoundException;
import org.chancery.common.RuleViolationException;
import org.chancery.common.Text;
import org.chancery.common.UncertainDate;
import org.chancery.source.Citation;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes agreements and their participations: every change is checked (references, dates,
 * the treaty order the entities guard), compared against the version it was made on,
 * recorded in the change log and written in one transaction, or not at all.
 *
 * <p>An agreement is one aggregate: admitting a state, recording or removing a step is a new
 * version of the agreement. Those writes take the agreement's row lock as they increment its
 * version, so two of them on one agreement never interleave; the one that comes second finds
 * the version moved and is refused.
 */
@Service
@Transactional
public class AgreementService implements AuditedWrites<Agreement, AgreementCommand> {

    public static final String RESOURCE = "agreements";

    private final Agreements agreements;
    private final KnownRecords known;
    private final ChangeLog changeLog;
    private final MergePatch mergePatch;
    private final EntityManager entityManager;
    private final JsonMapper json;
    private final AuditedRecords<Agreement, AgreementSnapshot> records;

    AgreementService(Agreements agreements, KnownRecords known, ChangeLog changeLog, MergePatch mergePatch,
            EntityManager entityManager, JsonMapper json, Clock clock) {
        this.agreements = agreements;
        this.known = known;
        this.changeLog = changeLog;
        this.mergePatch = mergePatch;
        this.entityManager = entityManager;
        this.json = json;
        this.records = new AuditedRecords<>(RESOURCE, "agreement", agreements::findById, agreements::saveAndFlush,
                AgreementSnapshot::of, changeLog, clock);
    }

    @Override
    public Agreement create(AgreementCommand command) {
        Agreement agreement = new Agreement(command.name().en(), command.name().ru(), command.kind(),
                command.multilateral(), opened(command));
        apply(agreement, command);
        return records.create(agreement);
    }

    @Override
    public Agreement replace(long id, ExpectedVersion expected, AgreementCommand command) {
        return records.update(id, expected, agreement -> apply(agreement, command));
    }

    /** Applies a JSON merge patch (RFC 7396) to the agreement's current form, then replaces it. */
    @Override
    public Agreement patch(long id, ExpectedVersion expected, JsonNode patch) {
        Agreement agreement = records.live(id, expected);
        AgreementCommand patched = mergePatch.apply(AgreementCommand.from(agreement), patch, AgreementCommand.class);
        return replace(id, ExpectedVersion.of(agreement.getVersion()), patched);
    }

    /** @throws RuleViolationException while live events concern the agreement */
    @Override
    public void delete(long id, ExpectedVersion expected, String reason) {
        Agreement agreement = records.live(id, expected);
        List<Long> concerning = agreements.findLiveEventsConcerning(id);
        if (!concerning.isEmpty()) {
            throw new RuleViolationException("agreement-concerned-by-events", "Events "
                    + concerning.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " concern " + agreement.getNameEn() + "; delete them or point them elsewhere first.");
        }
        records.delete(agreement, reason);
    }

    @Override
    public Agreement restore(long id) {
        return records.restore(id);
    }

    /**
     * Puts the agreement back as its history kept it at {@code version}, participations and
     * steps included, as one new version. Each state's path is taken back, latest step first,
     * to where it still agrees with that version, then walked forward again step by step, so
     * the treaty order is checked as for any step; a state whose role differs is removed and
     * admitted again.
     *
     * @throws RecordNotFoundException if the history holds no such version
     * @throws InvalidRequestException if a state or source that version names is gone
     * @throws RuleViolationException  if that version breaks a rule that holds today
     */
    @Override
    public Agreement revert(long id, long version) {
        JsonNode earlier = records.formAt(id, version);
        Agreement agreement = records.live(id);
        // Locked without an increment yet: if the agreement's own fields change, saving them
        // increments its version; only if they do not is the increment forced, below.
        entityManager.lock(agreement, LockModeType.PESSIMISTIC_WRITE);
        AgreementSnapshot before = AgreementSnapshot.of(agreement);
        Map<String, ParticipationSnapshot> wanted = participations(earlier);
        for (Participation participation : List.copyOf(agreement.getParticipations())) {
            ParticipationSnapshot target = wanted.get(participation.getStateCode());
            boolean keep = target != null && target.role() == participation.getRole();
            int shared = keep ? sharedSteps(participation, target) : 0;
            while (participation.getSteps().size() > shared) {
                participation.removeLatestStep(participation.getSteps().size());
            }
            if (!keep) {
                agreement.removeParticipation(participation.getStateCode());
            }
        }
        // Hibernate inserts before it deletes: what was removed goes first, so that a state or
        // a position taken again does not meet its old row.
        entityManager.flush();
        apply(agreement, mergePatch.read(((ObjectNode) earlier.deepCopy()).without("participations"), AgreementCommand.class));
        wanted.forEach((stateCode, target) -> {
            Participation participation = agreement.participationOf(stateCode).orElse(null);
            if (participation == null) {
                participation = admit(agreement, new ParticipationCommand(stateCode, target.role()));
            }
            for (StepSnapshot step : target.steps().values().stream().skip(participation.getSteps().size()).toList()) {
                record(participation, new StepCommand(step.step(), step.date(), step.sourceId(), step.quotedPassage()));
            }
        });
        if (AgreementCommand.from(agreement).equals(before.agreement())) {
            entityManager.lock(agreement, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        recordChange(agreement, before, null);
        return agreement;
    }

    /**
     * Admits a state to the agreement.
     *
     * @throws RuleViolationException if the state already takes part, or a bilateral agreement
     *         would get a third party
     */
    public Participation admit(long id, ExpectedVersion expected, ParticipationCommand command) {
        Agreement agreement = changing(id, expected);
        AgreementSnapshot before = AgreementSnapshot.of(agreement);
        Participation admitted = admit(agreement, command);
        recordChange(agreement, before, null);
        return admitted;
    }

    /** @throws RuleViolationException if the state has recorded steps */
    public void removeParticipation(long id, ExpectedVersion expected, String stateCode, String reason) {
        Agreement agreement = changing(id, expected);
        participation(agreement, stateCode);
        AgreementSnapshot before = AgreementSnapshot.of(agreement);
        agreement.removeParticipation(stateCode);
        recordChange(agreement, before, reason);
    }

    /**
     * Records the next step of a state's participation.
     *
     * @throws RuleViolationException if the step may not follow the state's stage, or is
     *         dated before the step it follows
     */
    public ParticipationStep recordStep(long id, ExpectedVersion expected, String stateCode, StepCommand command) {
        Agreement agreement = changing(id, expected);
        Participation participation = participation(agreement, stateCode);
        AgreementSnapshot before = AgreementSnapshot.of(agreement);
        ParticipationStep recorded = record(participation, command);
        recordChange(agreement, before, null);
        return recorded;
    }

    /** @throws RuleViolationException unless the step is the state's latest */
    public void removeStep(long id, ExpectedVersion expected, String stateCode, int position, String reason) {
        Agreement agreement = changing(id, expected);
        Participation participation = participation(agreement, stateCode);
        if (participation.stepAt(position).isEmpty()) {
            throw RecordNotFoundException.describing("step " + position + " of " + stateCode + " in agreement " + id);
        }
        AgreementSnapshot before = AgreementSnapshot.of(agreement);
        participation.removeLatestStep(position);
        recordChange(agreement, before, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public Agreement live(long id) {
        return records.live(id);
    }

    /** The agreement's own fields as written (its participations aside), with its version. */
    @Override
    @Transactional(readOnly = true)
    public AuditedRecordService.Current<AgreementCommand> current(long id) {
        Agreement agreement = records.live(id);
        return new AuditedRecordService.Current<>(AgreementCommand.from(agreement), agreement.getVersion());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChangeLog.ChangeEntry> history(long id) {
        return records.history(id);
    }

    /**
     * The live agreement, checked against the version the change was made on, its version
     * incremented at once under its row lock: a participation change is a new version of the
     * whole agreement, and concurrent ones wait for each other instead of interleaving.
     */
    private Agreement changing(long id, ExpectedVersion expected) {
        Agreement agreement = records.live(id, expected);
        try {
            entityManager.lock(agreement, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException e) {
            // Changed by someone else between our read and our lock; the lock comes straight from
            // the EntityManager, not through a repository, so Spring does not translate it itself.
            throw new ObjectOptimisticLockingFailureException(Agreement.class, id, e);
        }
        return agreement;
    }

    /** Logged here rather than through {@link AuditedRecords#update}: a removal's reason goes into the history. */
    private void recordChange(Agreement agreement, AgreementSnapshot before, @Nullable String reason) {
        Agreement saved = agreements.saveAndFlush(agreement);
        changeLog.record(RESOURCE, idOf(saved), ChangeAction.UPDATED, before, AgreementSnapshot.of(saved), saved.getVersion(), reason);
    }

    private Participation admit(Agreement agreement, ParticipationCommand command) {
        if (!known.unknownStates(List.of(command.state())).isEmpty()) {
            throw InvalidRequestException.of("state", "no state has this ISO code");
        }
        return agreement.admit(command.state(), command.role());
    }

    private ParticipationStep record(Participation participation, StepCommand command) {
        UncertainDate date = date("date", command.date());
        if (!known.unknownLive(KnownRecords.Table.SOURCE, List.of(command.sourceId())).isEmpty()) {
            throw InvalidRequestException.of("sourceId", "no source has this id");
        }
        return participation.record(command.step(), date, new Citation(command.sourceId(), command.quotedPassage()));
    }

    /** How many of the participation's first steps are those {@code target} begins with. */
    private static int sharedSteps(Participation participation, ParticipationSnapshot target) {
        List<StepSnapshot> wanted = List.copyOf(target.steps().values());
        int shared = 0;
        for (ParticipationStep step : participation.getSteps()) {
            if (shared == wanted.size() || !wanted.get(shared).equals(new StepSnapshot(step.getStep(), step.getDate().toEdtf(),
                    step.getCitation().sourceId(), step.getCitation().quotedPassage()))) {
                break;
            }
            shared++;
        }
        return shared;
    }

    /** The participations of a kept version, by state, in the order of their steps' positions. */
    private Map<String, ParticipationSnapshot> participations(JsonNode snapshot) {
        Map<String, ParticipationSnapshot> participations = new TreeMap<>();
        JsonNode kept = snapshot.path("participations");
        for (String stateCode : kept.propertyNames()) {
            ParticipationSnapshot participation = json.treeToValue(kept.get(stateCode), ParticipationSnapshot.class);
            Map<String, StepSnapshot> steps = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
            steps.putAll(participation.steps());
            participations.put(stateCode, new ParticipationSnapshot(participation.role(), new LinkedHashMap<>(steps)));
        }
        return participations;
    }

    private static Participation participation(Agreement agreement, String stateCode) {
        return agreement.participationOf(stateCode).orElseThrow(() -> RecordNotFoundException.describing(
                "participation of " + stateCode + " in agreement " + agreement.getId()));
    }

    private static void apply(Agreement agreement, AgreementCommand command) {
        agreement.rename(command.name().en(), command.name().ru());
        agreement.reclassify(command.kind(), command.multilateral());
        Text summary = command.summary() == null ? Text.NONE : command.summary();
        agreement.describe(summary.en(), summary.ru());
        agreement.openedOn(opened(command));
    }

    private static @Nullable UncertainDate opened(AgreementCommand command) {
        return command.opened() == null || command.opened().isBlank() ? null : date("opened", command.opened());
    }

    private static UncertainDate date(String field, String edtf) {
        try {
            return UncertainDate.parseEdtf(edtf);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of(field, e.getMessage());
        }
    }

    private static long idOf(Agreement agreement) {
        Long id = agreement.getId();
        if (id == null) {
            throw new IllegalStateException("a saved agreement has an id");
        }
        return id;
    }
}
