package org.chancery.event;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chancery.common.Text;
import org.chancery.source.Citation;
import org.jspecify.annotations.Nullable;

/**
 * An event as staff and scripts write it: references by code and id, the date as recorded
 * (EDTF, e.g. {@code 2026-01-27}, {@code 2025-11~}, {@code 2026-22/2026-23}). The same form
 * serves create, replace and, with a merge patch applied to {@link #from(Event)}, patch; it
 * is also what the history keeps, so an earlier version can be restored from it.
 */
public record EventCommand(
        @NotNull EventKind kind,
        @NotNull EventStatus status,
        @NotNull @Valid Text title,
        @Nullable @Valid Text summary,
        @NotBlank @Size(max = 40) String date,
        @Nullable @Valid Place place,
        @Nullable Long agreementId,
        @Nullable @Valid Visit visit,
        @Nullable @Valid Call call,
        @Nullable @Valid Memorandum memorandum,
        @NotEmpty(message = "name at least one state") List<@NotNull @Valid StateRole> states,
        @Nullable List<@NotNull @Valid Participant> participants,
        @Nullable List<@NotNull @Valid InstitutionPart> institutions,
        @Nullable List<@NotBlank String> topics,
        @NotEmpty(message = "name at least one source: every event carries its source") List<@NotNull @Valid SourcePassage> sources) {

    public record Place(@Nullable @Valid Text name, @Nullable @Pattern(regexp = "[A-Z]{2}") String state) {
    }

    public record Visit(@Nullable VisitLevel level, @Nullable VisitKind kind) {
    }

    public record Call(@NotNull @Pattern(regexp = "[A-Z]{2}") String initiator) {
    }

    public record Memorandum(@NotNull @Valid Text subject) {
    }

    public record StateRole(@NotNull @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166-1 alpha-2 code") String code,
            @NotNull StateSide side) {
    }

    public record Participant(@NotNull Long personId, @NotNull ParticipantRole role) {
    }

    public record InstitutionPart(@NotNull Long institutionId, @NotNull InstitutionRole role) {
    }

    public record SourcePassage(@NotNull Long sourceId, @NotBlank @Size(max = 10_000) String quotedPassage) {

        Citation citation() {
            return new Citation(sourceId, quotedPassage);
        }
    }

    public List<Participant> participantsOrNone() {
        return participants == null ? List.of() : participants;
    }

    public List<InstitutionPart> institutionsOrNone() {
        return institutions == null ? List.of() : institutions;
    }

    public List<String> topicsOrNone() {
        return topics == null ? List.of() : topics;
    }

    /** The same event citing {@code sources} instead. */
    public EventCommand citing(List<SourcePassage> sources) {
        return new EventCommand(kind, status, title, summary, date, place, agreementId, visit, call, memorandum,
                states, participants, institutions, topics, sources);
    }

    /** The same event with {@code more} participants and {@code moreInstitutions} after its own. */
    public EventCommand joinedBy(List<Participant> more, List<InstitutionPart> moreInstitutions) {
        if (more.isEmpty() && moreInstitutions.isEmpty()) {
            return this;
        }
        List<Participant> allParticipants = new ArrayList<>(participantsOrNone());
        allParticipants.addAll(more);
        List<InstitutionPart> allInstitutions = new ArrayList<>(institutionsOrNone());
        allInstitutions.addAll(moreInstitutions);
        return new EventCommand(kind, status, title, summary, date, place, agreementId, visit, call, memorandum,
                states, allParticipants, allInstitutions, topics, sources);
    }

    /** The event as it stands, in this form. */
    public static EventCommand from(Event event) {
        return new EventCommand(event.getKind(), event.getStatus(),
                new Text(event.getTitleEn(), event.getTitleRu()),
                event.getSummaryEn() == null && event.getSummaryRu() == null ? null
                        : new Text(event.getSummaryEn(), event.getSummaryRu()),
                event.getDate().toEdtf(),
                event.getPlaceEn() == null && event.getPlaceRu() == null && event.getPlaceStateCode() == null ? null
                        : new Place(new Text(event.getPlaceEn(), event.getPlaceRu()), event.getPlaceStateCode()),
                event.getAgreementId(),
                event.getKind() == EventKind.VISIT && (event.getVisitLevel() != null || event.getVisitKind() != null)
                        ? new Visit(event.getVisitLevel(), event.getVisitKind()) : null,
                event.getCallInitiatorCode() == null ? null : new Call(event.getCallInitiatorCode()),
                event.getMemorandumSubjectEn() == null && event.getMemorandumSubjectRu() == null ? null
                        : new Memorandum(new Text(event.getMemorandumSubjectEn(), event.getMemorandumSubjectRu())),
                event.getStates().stream().sorted(java.util.Comparator.comparing(EventState::stateCode))
                        .map(state -> new StateRole(state.stateCode(), state.side())).toList(),
                event.getParticipants().stream().sorted(java.util.Comparator.comparing(EventParticipant::personId))
                        .map(participant -> new Participant(participant.personId(), participant.role())).toList(),
                event.getInstitutions().stream().sorted(java.util.Comparator.comparing(EventInstitution::institutionId))
                        .map(institution -> new InstitutionPart(institution.institutionId(), institution.role())).toList(),
                event.getTopics().stream().sorted().toList(),
                event.getCitations().stream().sorted(java.util.Comparator.comparing(Citation::sourceId))
                        .map(citation -> new SourcePassage(citation.sourceId(), citation.quotedPassage())).toList());
    }
}
