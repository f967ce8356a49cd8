package org.chancery.agreement.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.chancery.agreement.AgreementKind;
import org.chancery.agreement.ParticipationRole;
import org.chancery.agreement.Step;
import org.chancery.common.api.VersionedResponse;

import org.chancery.agreement.AgreementEntry;
import org.chancery.common.Text;
import org.chancery.common.api.DateResponse;
import org.chancery.common.api.StateResponse;
import org.chancery.source.api.CitationResponse;
import org.jspecify.annotations.Nullable;

/**
 * An agreement as the API serves it: every state taking part, its role, the stage it has
 * reached and the dated steps that got it there, each with its source.
 */
record AgreementResponse(
        long id,
        Text name,
        @Schema(implementation = AgreementKind.class) String kind,
        boolean multilateral,
        Text summary,
        @Nullable DateResponse opened,
        List<ParticipationResponse> participations,
        long version,
        Instant updatedAt) implements VersionedResponse {

    static AgreementResponse from(AgreementEntry entry) {
        return new AgreementResponse(entry.id(), new Text(entry.nameEn(), entry.nameRu()), entry.kind().name(),
                entry.multilateral(), new Text(entry.summaryEn(), entry.summaryRu()),
                entry.opened() == null ? null : DateResponse.from(entry.opened()),
                entry.participations().stream().map(ParticipationResponse::from).toList(),
                entry.version(), entry.updatedAt());
    }

    /** One state in the agreement; {@code stage} is its latest step, null before the first. */
    record ParticipationResponse(StateResponse state, @Schema(implementation = ParticipationRole.class) String role, @Schema(implementation = Step.class) @Nullable String stage, List<StepResponse> steps) {

        static ParticipationResponse from(AgreementEntry.ParticipationEntry participation) {
            return new ParticipationResponse(
                    StateResponse.of(participation.stateCode(), participation.nameEn(), participation.nameRu()),
                    participation.role().name(),
                    participation.stage() == null ? null : participation.stage().name(),
                    participation.steps().stream().map(StepResponse::from).toList());
        }
    }

    record StepResponse(int position, @Schema(implementation = Step.class) String step, DateResponse date, CitationResponse source) {

        static StepResponse from(AgreementEntry.StepEntry step) {
            return new StepResponse(step.position(), step.step().name(), DateResponse.from(step.date()),
                    CitationResponse.from(step.source()));
        }
    }
}
