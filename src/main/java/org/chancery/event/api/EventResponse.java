package org.chancery.event.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.chancery.common.Text;
import org.chancery.common.api.DateResponse;
import org.chancery.common.api.VersionedResponse;
import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.chancery.event.InstitutionRole;
import org.chancery.event.ParticipantRole;
import org.chancery.event.StateSide;
import org.chancery.event.VisitKind;
import org.chancery.event.VisitLevel;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.source.api.CitationResponse;
import org.jspecify.annotations.Nullable;

/**
 * An event as the API serves it. Dates carry their precision; nothing is made up to fill them.
 *
 * @param overdue planned, its window has closed, and no event of its kind among its states is
 *                recorded as happened within it: the same flag every page shows
 */
public record EventResponse(
        long id,
        @Schema(implementation = EventKind.class) String kind,
        @Schema(implementation = EventStatus.class) String status,
        boolean overdue,
        Text title,
        Text summary,
        DateResponse date,
        @Nullable Place place,
        List<StateResponse> states,
        List<ParticipantResponse> participants,
        List<String> topics,
        List<CitationResponse> sources,
        List<InstitutionResponse> institutions,
        @Nullable Long agreementId,
        @Nullable VisitResponse visit,
        @Nullable CallResponse call,
        @Nullable MemorandumResponse memorandum,
        long version,
        Instant updatedAt) implements VersionedResponse {

    public static EventResponse from(TimelineEntry entry) {
        return new EventResponse(entry.id(), entry.kind().name(), entry.status().name(), entry.overdue(),
                new Text(entry.titleEn(), entry.titleRu()),
                new Text(entry.summaryEn(), entry.summaryRu()),
                DateResponse.from(entry.date()),
                entry.placeEn() == null && entry.placeRu() == null && entry.placeStateCode() == null ? null
                        : new Place(new Text(entry.placeEn(), entry.placeRu()), entry.placeStateCode()),
                entry.states().stream().map(state -> new StateResponse(state.code(), state.side(),
                        new Text(state.nameEn(), state.nameRu()))).toList(),
                entry.participants().stream().map(person -> new ParticipantResponse(person.id(),
                        new Text(person.nameEn(), person.nameRu()), person.role(),
                        person.officeEn() == null && person.officeRu() == null ? null
                                : new Text(person.officeEn(), person.officeRu()))).toList(),
                entry.topics(),
                entry.sources().stream().map(source -> new CitationResponse(source.id(), source.outlet(), source.title(),
                        source.url(), source.publishedOn(), source.language(), source.quotedPassage())).toList(),
                entry.institutions().stream().map(institution -> new InstitutionResponse(institution.id(),
                        new Text(institution.nameEn(), institution.nameRu()), institution.role())).toList(),
                entry.agreementId(),
                entry.visitLevel() == null && entry.visitKind() == null ? null
                        : new VisitResponse(entry.visitLevel(), entry.visitKind()),
                entry.callInitiatorCode() == null ? null : new CallResponse(entry.callInitiatorCode()),
                entry.memorandumSubjectEn() == null && entry.memorandumSubjectRu() == null ? null
                        : new MemorandumResponse(new Text(entry.memorandumSubjectEn(), entry.memorandumSubjectRu())),
                entry.version(),
                entry.updatedAt());
    }

    @Schema(name = "EventInstitution")
    public record InstitutionResponse(long id, Text name, @Schema(implementation = InstitutionRole.class) String role) {
    }

    /** A visit's level (head of state, ministerial …) and kind (state, official, working …), where known. */
    public record VisitResponse(@Schema(implementation = VisitLevel.class) @Nullable String level, @Schema(implementation = VisitKind.class) @Nullable String kind) {
    }

    /** The state that initiated a call. */
    public record CallResponse(String initiator) {
    }

    public record MemorandumResponse(Text subject) {
    }

    @Schema(name = "EventPlace")
    public record Place(Text name, @Nullable String state) {
    }

    @Schema(name = "EventState")
    public record StateResponse(String code, @Schema(implementation = StateSide.class) String side, Text name) {
    }

    /** A participant with the office the record says they held on the event's date. */
    public record ParticipantResponse(long id, Text name, @Schema(implementation = ParticipantRole.class) String role, @Nullable Text office) {
    }
}
