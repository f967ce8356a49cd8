package org.chancery.event;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.chancery.common.SoftDeletableEntity;
import org.chancery.source.Citation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened or is planned between states. An event is never without a
 * source: it is created with one and refuses to give up its last. The fields of one kind
 * (a visit's level, a call's initiator, a memorandum's subject) are refused on another.
 */
@Entity
@Table(name = "event")
public class Event extends SoftDeletableEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventStatus status;

    @Column(name = "title_en")
    private @Nullable String titleEn;

    @Column(name = "title_ru")
    private @Nullable String titleRu;

    @Column(name = "summary_en")
    private @Nullable String summaryEn;

    @Column(name = "summary_ru")
    private @Nullable String summaryRu;

    @Embedded
    private UncertainDate date;

    @Column(name = "place_en")
    private @Nullable String placeEn;

    @Column(name = "place_ru")
    private @Nullable String placeRu;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "place_state_code", length = 2)
    private @Nullable String placeStateCode;

    @Column(name = "agreement_id")
    private @Nullable Long agreementId;

    /** The agreement step this event is the timeline entry of, kept by the database (V170). */
    @Column(name = "participation_step_id", insertable = false, updatable = false)
    private @Nullable Long participationStepId;

    /** Written for its step by the database (V170), not entered by staff. */
    @Column(name = "step_entry", insertable = false, updatable = false)
    private boolean stepEntry;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_level", length = 24)
    private @Nullable VisitLevel visitLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_kind", length = 16)
    private @Nullable VisitKind visitKind;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "call_initiator_code", length = 2)
    private @Nullable String callInitiatorCode;

    @Column(name = "memorandum_subject_en")
    private @Nullable String memorandumSubjectEn;

    @Column(name = "memorandum_subject_ru")
    private @Nullable String memorandumSubjectRu;

    @ElementCollection
    @CollectionTable(name = "event_state", joinColumns = @JoinColumn(name = "event_id"))
    private Set<EventState> states = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    private Set<EventParticipant> participants = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_institution", joinColumns = @JoinColumn(name = "event_id"))
    private Set<EventInstitution> institutions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_topic", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "topic_code", length = 40, nullable = false)
    private Set<String> topics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"))
    private Set<Citation> citations = new LinkedHashSet<>();

    @SuppressWarnings("NullAway")
    protected Event() {
        this.kind = EventKind.OTHER;
        this.status = EventStatus.HAPPENED;
    }

    /**
     * A new event. At least one title, English or Russian, and a source are required.
     *
     * @throws RuleViolationException if both titles are blank or the source is missing
     */
    public Event(EventKind kind, EventStatus status, @Nullable String titleEn, @Nullable String titleRu,
            UncertainDate date, @Nullable Citation source) {
        if (source == null) {
            throw new RuleViolationException("event-needs-source",
                    "An event cannot be recorded without a source: name the article or document that reports it.");
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = Objects.requireNonNull(status, "status");
        this.date = Objects.requireNonNull(date, "date");
        retitle(titleEn, titleRu);
        this.citations.add(source);
    }

    public void retitle(@Nullable String titleEn, @Nullable String titleRu) {
        if (isBlank(titleEn) && isBlank(titleRu)) {
            throw new RuleViolationException("event-needs-title", "An event needs a title in English or Russian.");
        }
        this.titleEn = blankToNull(titleEn);
        this.titleRu = blankToNull(titleRu);
    }

    public void describe(@Nullable String summaryEn, @Nullable String summaryRu) {
        this.summaryEn = blankToNull(summaryEn);
        this.summaryRu = blankToNull(summaryRu);
    }

    public void redate(UncertainDate date) {
        this.date = Objects.requireNonNull(date, "date");
    }

    public void changeStatus(EventStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    public void placeAt(@Nullable String placeEn, @Nullable String placeRu, @Nullable String stateCode) {
        this.placeEn = blankToNull(placeEn);
        this.placeRu = blankToNull(placeRu);
        this.placeStateCode = stateCode;
    }

    /**
     * An agreement step's own entry follows its step (V170): it is corrected, removed or brought
     * back through the step and its agreement, never here.
     *
     * @throws RuleViolationException if the event is an agreement step's entry
     */
    public void ensureEditable() {
        if (stepEntry) {
            throw new RuleViolationException("agreement-step-entry-follows-its-step", "Event " + getId()
                    + " is the timeline entry of a step of agreement " + agreementId
                    + "; correct, remove or record the step in the agreement, and its entry follows.");
        }
    }

    /** Whether the event is an agreement step's own entry, which follows the step and is not edited here. */
    public boolean isStepEntry() {
        return stepEntry;
    }

    public void concern(@Nullable Long agreementId) {
        this.agreementId = agreementId;
    }

    /** Adds a state on the given side, or moves it to that side if it is already involved. */
    public void involve(String stateCode, StateSide side) {
        states.removeIf(state -> state.stateCode().equals(stateCode));
        states.add(new EventState(stateCode, side));
    }

    public void addParticipant(Long personId, ParticipantRole role) {
        participants.removeIf(participant -> participant.personId().equals(personId));
        participants.add(new EventParticipant(personId, role));
    }

    public void addInstitution(Long institutionId, InstitutionRole role) {
        institutions.removeIf(institution -> institution.institutionId().equals(institutionId));
        institutions.add(new EventInstitution(institutionId, role));
    }

    public void tag(String topicCode) {
        topics.add(topicCode);
    }

    /** Adds a source, or replaces the passage quoted from a source already cited. */
    public void cite(Citation citation) {
        citations.removeIf(existing -> existing.sourceId().equals(citation.sourceId()));
        citations.add(citation);
    }

    /** @throws RuleViolationException if it is the event's only source */
    public void uncite(Long sourceId) {
        if (citations.size() == 1 && citations.iterator().next().sourceId().equals(sourceId)) {
            throw new RuleViolationException("event-needs-source",
                    "This is the event's only source; add another before removing it.");
        }
        citations.removeIf(citation -> citation.sourceId().equals(sourceId));
    }

    /**
     * Changes the kind; the fields of the old kind (a visit's level, a call's initiator, a
     * memorandum's subject) are cleared, as they would be wrong on the new one.
     */
    public void reclassify(EventKind kind) {
        if (this.kind == Objects.requireNonNull(kind, "kind")) {
            return;
        }
        this.kind = kind;
        this.visitLevel = null;
        this.visitKind = null;
        this.callInitiatorCode = null;
        this.memorandumSubjectEn = null;
        this.memorandumSubjectRu = null;
    }

    /** Replaces the states involved; a state listed twice keeps its last side. */
    public void replaceStates(Collection<EventState> replacement) {
        states.clear();
        replacement.forEach(state -> involve(state.stateCode(), state.side()));
    }

    public void replaceParticipants(Collection<EventParticipant> replacement) {
        participants.clear();
        replacement.forEach(participant -> addParticipant(participant.personId(), participant.role()));
    }

    public void replaceInstitutions(Collection<EventInstitution> replacement) {
        institutions.clear();
        replacement.forEach(institution -> addInstitution(institution.institutionId(), institution.role()));
    }

    public void replaceTopics(Collection<String> replacement) {
        topics.clear();
        topics.addAll(replacement);
    }

    /** @throws RuleViolationException if the replacement names no source */
    public void replaceCitations(Collection<Citation> replacement) {
        if (replacement.isEmpty()) {
            throw new RuleViolationException("event-needs-source",
                    "An event cannot be left without a source: keep at least one.");
        }
        citations.clear();
        replacement.forEach(this::cite);
    }

    /** @throws RuleViolationException unless this event is a visit */
    public void describeVisit(@Nullable VisitLevel level, @Nullable VisitKind visitKind) {
        requireKind(EventKind.VISIT, "a visit's level and kind");
        this.visitLevel = level;
        this.visitKind = visitKind;
    }

    /** @throws RuleViolationException unless this event is a call */
    public void initiatedBy(String stateCode) {
        requireKind(EventKind.CALL, "an initiating state");
        this.callInitiatorCode = stateCode;
    }

    /** @throws RuleViolationException unless this event is a memorandum */
    public void memorandumOn(@Nullable String subjectEn, @Nullable String subjectRu) {
        requireKind(EventKind.MEMORANDUM, "a memorandum's subject");
        this.memorandumSubjectEn = blankToNull(subjectEn);
        this.memorandumSubjectRu = blankToNull(subjectRu);
    }

    private void requireKind(EventKind required, String what) {
        if (kind != required) {
            throw new RuleViolationException("event-kind-fields",
                    "Only a " + required.name().toLowerCase().replace('_', ' ') + " has " + what + "; this event is a "
                            + kind.name().toLowerCase().replace('_', ' ') + ".");
        }
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return isBlank(text) ? null : Objects.requireNonNull(text).strip();
    }

    public EventKind getKind() {
        return kind;
    }

    public EventStatus getStatus() {
        return status;
    }

    public @Nullable String getTitleEn() {
        return titleEn;
    }

    public @Nullable String getTitleRu() {
        return titleRu;
    }

    public @Nullable String getSummaryEn() {
        return summaryEn;
    }

    public @Nullable String getSummaryRu() {
        return summaryRu;
    }

    public UncertainDate getDate() {
        return date;
    }

    public @Nullable String getPlaceEn() {
        return placeEn;
    }

    public @Nullable String getPlaceRu() {
        return placeRu;
    }

    public @Nullable String getPlaceStateCode() {
        return placeStateCode;
    }

    public @Nullable Long getAgreementId() {
        return agreementId;
    }

    public @Nullable VisitLevel getVisitLevel() {
        return visitLevel;
    }

    public @Nullable VisitKind getVisitKind() {
        return visitKind;
    }

    public @Nullable String getCallInitiatorCode() {
        return callInitiatorCode;
    }

    public @Nullable String getMemorandumSubjectEn() {
        return memorandumSubjectEn;
    }

    public @Nullable String getMemorandumSubjectRu() {
        return memorandumSubjectRu;
    }

    public Set<EventState> getStates() {
        return Collections.unmodifiableSet(states);
    }

    public Set<EventParticipant> getParticipants() {
        return Collections.unmodifiableSet(participants);
    }

    public Set<EventInstitution> getInstitutions() {
        return Collections.unmodifiableSet(institutions);
    }

    public Set<String> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    public Set<Citation> getCitations() {
        return Collections.unmodifiableSet(citations);
    }
}
