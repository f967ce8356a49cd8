package org.chancery.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chancery.common.UncertainDate;
import org.chancery.source.CitedSource;
import org.jspecify.annotations.Nullable;

/** One agreement as readers see it: every participation with its state's names and its steps, each with its source. */
public record AgreementEntry(
        long id,
        String nameEn,
        String nameRu,
        AgreementKind kind,
        boolean multilateral,
        @Nullable String summaryEn,
        @Nullable String summaryRu,
        @Nullable UncertainDate opened,
        List<ParticipationEntry> participations,
        long version,
        Instant updatedAt,
        @Nullable Instant deletedAt) {

    public Optional<ParticipationEntry> participationOf(String stateCode) {
        return participations.stream().filter(p -> p.stateCode().equals(stateCode)).findFirst();
    }

    public record ParticipationEntry(String stateCode, String nameEn, String nameRu, ParticipationRole role,
            List<StepEntry> steps) {

        /** The latest step taken, or null where the state has taken none. */
        public @Nullable Step stage() {
            return steps.isEmpty() ? null : steps.getLast().step();
        }

        public Optional<StepEntry> stepAt(int position) {
            return steps.stream().filter(step -> step.position() == position).findFirst();
        }
    }

    public record StepEntry(int position, Step step, UncertainDate date, CitedSource source) {
    }
}
