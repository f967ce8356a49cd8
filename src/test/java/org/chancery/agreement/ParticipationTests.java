package org.chancery.agreement;

import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.chancery.source.Citation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParticipationTests {

    private static final Citation SOURCE = new Citation(5L, "в ноябре 2025 года объявил о решении страны присоединиться");

    private final Agreement accords = new Agreement("Abraham Accords", "Соглашения Авраама", AgreementKind.ACCORDS, true,
            UncertainDate.year(2020).through(UncertainDate.year(2021)));

    @Test
    void followsTheTreatyOrder() {
        Participation kazakhstan = accords.admit("KZ", ParticipationRole.PARTY);

        kazakhstan.record(Step.ANNOUNCED, UncertainDate.month(2025, 11), SOURCE);
        kazakhstan.record(Step.ACCESSION, UncertainDate.month(2026, 3), SOURCE);
        kazakhstan.record(Step.IN_FORCE, UncertainDate.month(2026, 3), SOURCE);

        assertThat(kazakhstan.stage()).contains(Step.IN_FORCE);
        assertThat(kazakhstan.getSteps()).extracting(ParticipationStep::getPosition).containsExactly(1, 2, 3);
    }

    @Test
    void refusesEntryIntoForceBeforeSignatureOrAccession() {
        Participation kazakhstan = accords.admit("KZ", ParticipationRole.PARTY);
        kazakhstan.record(Step.ANNOUNCED, UncertainDate.month(2025, 11), SOURCE);

        assertThatThrownBy(() -> kazakhstan.record(Step.IN_FORCE, UncertainDate.month(2026, 2), SOURCE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("IN_FORCE cannot follow ANNOUNCED");
        assertThat(kazakhstan.stage()).contains(Step.ANNOUNCED);
    }

    @Test
    void refusesToBeginInForce() {
        Participation state = accords.admit("AE", ParticipationRole.PARTY);

        assertThatThrownBy(() -> state.record(Step.IN_FORCE, UncertainDate.year(2020), SOURCE))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void allowsNothingAfterWithdrawalButANewAccession() {
        Participation state = accords.admit("MA", ParticipationRole.PARTY);
        state.record(Step.SIGNED, UncertainDate.year(2020), SOURCE);
        state.record(Step.WITHDRAWN, UncertainDate.year(2023), SOURCE);

        for (Step refused : new Step[] {Step.ANNOUNCED, Step.SIGNED, Step.RATIFIED, Step.IN_FORCE, Step.SUSPENDED, Step.WITHDRAWN}) {
            assertThatThrownBy(() -> state.record(refused, UncertainDate.year(2024), SOURCE))
                    .as(refused + " after withdrawal").isInstanceOf(RuleViolationException.class);
        }
        state.record(Step.ACCESSION, UncertainDate.year(2024), SOURCE);
        assertThat(state.stage()).contains(Step.ACCESSION);
    }

    @Test
    void refusesAStepDatedBeforeTheOneItFollows() {
        Participation state = accords.admit("BH", ParticipationRole.PARTY);
        state.record(Step.SIGNED, UncertainDate.month(2020, 9), SOURCE);

        assertThatThrownBy(() -> state.record(Step.RATIFIED, UncertainDate.month(2020, 8), SOURCE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot come before");
    }

    @Test
    void aFacilitatorTakesNoSteps() {
        Participation unitedStates = accords.admit("US", ParticipationRole.FACILITATOR);

        assertThatThrownBy(() -> unitedStates.record(Step.SIGNED, UncertainDate.year(2020), SOURCE))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aStateTakesPartOnce() {
        accords.admit("KZ", ParticipationRole.PARTY);

        assertThatThrownBy(() -> accords.admit("KZ", ParticipationRole.PARTY)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void onlyTheLatestStepCanBeRemoved() {
        Participation kazakhstan = accords.admit("KZ", ParticipationRole.PARTY);
        kazakhstan.record(Step.ANNOUNCED, UncertainDate.month(2025, 11), SOURCE);
        kazakhstan.record(Step.SIGNED, UncertainDate.month(2026, 3), SOURCE);

        assertThatThrownBy(() -> kazakhstan.removeLatestStep(1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Only the latest step of KZ (position 2, SIGNED)")
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("participation-step-not-latest");
        assertThat(kazakhstan.getSteps()).hasSize(2);

        ParticipationStep removed = kazakhstan.removeLatestStep(2);

        assertThat(removed.getStep()).isEqualTo(Step.SIGNED);
        assertThat(kazakhstan.stage()).contains(Step.ANNOUNCED);
        kazakhstan.record(Step.ACCESSION, UncertainDate.month(2026, 4), SOURCE);
        assertThat(kazakhstan.getSteps()).extracting(ParticipationStep::getPosition).containsExactly(1, 2);
    }

    @Test
    void aParticipationWithoutStepsHasNoneToRemove() {
        Participation kazakhstan = accords.admit("KZ", ParticipationRole.PARTY);

        assertThatThrownBy(() -> kazakhstan.removeLatestStep(1)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aStateAdmittedByMistakeIsRemovedOnlyBeforeItsFirstStep() {
        accords.admit("KG", ParticipationRole.PARTY);
        Participation kazakhstan = accords.admit("KZ", ParticipationRole.PARTY);
        kazakhstan.record(Step.ANNOUNCED, UncertainDate.month(2025, 11), SOURCE);

        accords.removeParticipation("KG");

        assertThat(accords.participationOf("KG")).isEmpty();
        assertThatThrownBy(() -> accords.removeParticipation("KZ"))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("participation-has-steps");
        assertThat(accords.participationOf("KZ")).isPresent();
    }

    @Test
    void anAgreementWithMoreThanTwoPartiesCannotBecomeBilateral() {
        accords.admit("IL", ParticipationRole.PARTY);
        accords.admit("AE", ParticipationRole.PARTY);
        accords.admit("US", ParticipationRole.FACILITATOR);
        accords.reclassify(AgreementKind.TREATY, false);
        accords.reclassify(AgreementKind.ACCORDS, true);
        accords.admit("BH", ParticipationRole.PARTY);

        assertThatThrownBy(() -> accords.reclassify(AgreementKind.ACCORDS, false))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("bilateral-two-parties");
        assertThat(accords.isMultilateral()).isTrue();
    }
}
