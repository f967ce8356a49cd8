package org.chancery.agreement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An agreement as its history keeps it: the agreement's own fields as written
 * ({@link AgreementCommand}) and its participations keyed by state, their steps keyed by
 * position, so that a change in the history reads as {@code participations.KZ.steps.2}
 * before and after rather than as two whole lists.
 */
public record AgreementSnapshot(@JsonUnwrapped AgreementCommand agreement, Map<String, ParticipationSnapshot> participations) {

    public record ParticipationSnapshot(ParticipationRole role, Map<String, StepSnapshot> steps) {
    }

    public record StepSnapshot(Step step, String date, long sourceId, String quotedPassage) {
    }

    public static AgreementSnapshot of(Agreement agreement) {
        Map<String, ParticipationSnapshot> participations = new TreeMap<>();
        for (Participation participation : agreement.getParticipations()) {
            Map<String, StepSnapshot> steps = new LinkedHashMap<>();
            participation.getSteps().stream()
                    .sorted(java.util.Comparator.comparingInt(ParticipationStep::getPosition))
                    .forEach(step -> steps.put(String.valueOf(step.getPosition()), new StepSnapshot(step.getStep(),
                            step.getDate().toEdtf(), step.getCitation().sourceId(), step.getCitation().quotedPassage())));
            participations.put(participation.getStateCode(), new ParticipationSnapshot(participation.getRole(), steps));
        }
        return new AgreementSnapshot(AgreementCommand.from(agreement), participations);
    }
}
