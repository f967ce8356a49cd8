package org.chancery.draft;

import java.util.List;

import org.chancery.agreement.Step;
import org.chancery.common.UncertainDate;
import org.chancery.economy.Indicator;
import org.chancery.economy.Qualifier;
import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.chancery.event.ParticipantRole;
import org.chancery.event.StateSide;
import org.chancery.event.VisitLevel;
import org.jspecify.annotations.Nullable;

/**
 * What an article is proposed to add to the record: events, economic figures and agreement
 * steps, each with the sentence it comes from. Nothing here is saved; each draft is confirmed
 * (or not) in the record's own form.
 */
public record ArticleDrafts(Article article, List<EventDraft> events, List<FigureDraft> figures, List<StepDraft> steps) {

    public int count() {
        return events.size() + figures.size() + steps.size();
    }

    /** A state of a draft and its side; {@code fromContext} when an earlier sentence named it, not this one. */
    public record DraftState(String code, StateSide side, boolean fromContext) {
    }

    /** A person the sentence names, with the name as found there (English or Russian) and their role. */
    public record DraftParticipant(long personId, String name, ParticipantRole role) {
    }

    /**
     * A person the record lacks, named in the sentence with their office: the names to create
     * them by (Russian in the nominative, English in Latin letters), the office they hold and
     * their role (no office when the wording names none). Staff check and correct them in the
     * event form's new-person fields.
     */
    public record DraftNewPerson(String nameEn, String nameRu, @Nullable DraftOffice office, ParticipantRole role) {
    }

    /** The office a new person holds: the record's (both titles, its state and institution) or a new one's titles. */
    public record DraftOffice(String titleEn, String titleRu, String state, @Nullable Long institutionId, @Nullable String institution) {
    }

    public record DraftInstitution(long institutionId, String name) {
    }

    /** Where an event was held, as the record names the place in English and Russian, and its state. */
    public record DraftPlace(String nameEn, String nameRu, String state) {
    }

    /**
     * A proposed event. {@code date} is null when neither the sentence nor the article before it
     * gives one; {@code dateFromContext} when it is the last day the article named before. The
     * place is one of the record's places the sentence names as where it happened («в Астане»);
     * a visit's level comes from whom the wording names first (a minister, a president…); the
     * agreement is the one the sentence names, when it names one. {@code newPersons} are the
     * persons the record lacks that the sentence names with their office.
     */
    public record EventDraft(EventKind kind, EventStatus status, @Nullable UncertainDate date, boolean dateFromContext,
            List<DraftState> states, List<DraftParticipant> participants, List<DraftNewPerson> newPersons,
            List<DraftInstitution> institutions, List<String> topics,
            @Nullable DraftPlace place, @Nullable VisitLevel visitLevel, @Nullable Long agreementId, String passage) {

        public List<String> stateCodes() {
            return states.stream().map(DraftState::code).toList();
        }
    }

    /** A proposed economic figure; the amount in units ("162000000"), the change in percent. */
    public record FigureDraft(@Nullable String reporter, @Nullable String partner, Indicator indicator,
            @Nullable UncertainDate period, String amount, String currency, Qualifier qualifier,
            @Nullable String changePercent, Qualifier changeQualifier, String passage) {
    }

    /** A proposed step of a state in an agreement; {@code participates} whether the record has the state in it yet. */
    public record StepDraft(long agreementId, String agreementName, String state, Step step, @Nullable UncertainDate date,
            boolean participates, String passage) {
    }
}
