package org.chancery.agreement;

import jakarta.persistence.EntityManager;

import org.chancery.RecordSliceTest;
import org.chancery.common.UncertainDate;
import org.chancery.source.Citation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@RecordSliceTest
class AgreementPersistenceTests {

    @Autowired Agreements agreements;
    @Autowired EntityManager entityManager;

    @Test
    void theNextStepIsStoredAfterTheLast() {
        Agreement accords = agreements.findByNameEn("Abraham Accords").orElseThrow();
        accords.participationOf("KZ").orElseThrow()
                .record(Step.ACCESSION, UncertainDate.month(2026, 4), new Citation(5L, "официальная церемония подписания"));

        entityManager.flush();
        entityManager.clear();
        Participation kazakhstan = agreements.findByNameEn("Abraham Accords").orElseThrow().participationOf("KZ").orElseThrow();

        assertThat(kazakhstan.getSteps()).extracting(ParticipationStep::getStep).containsExactly(Step.ANNOUNCED, Step.ACCESSION);
        assertThat(kazakhstan.getSteps()).extracting(ParticipationStep::getPosition).containsExactly(1, 2);
    }
}
