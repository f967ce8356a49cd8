package org.chancery.agreement;

import jakarta.persistence.EntityManager;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.common.UncertainDate;
import org.chancery.source.Citation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** A step written and read back through JPA in a transaction that is rolled back. */
@ChanceryIntegrationTest
@Transactional
class AgreementPersistenceTests {

    @Autowired Agreements agreements;
    @Autowired EntityManager entityManager;
    @Autowired JdbcClient jdbc;

    @Test
    void theNextStepIsStoredAfterTheLast() {
        Agreement accords = agreements.findByNameEn("Abraham Accords").orElseThrow();
        accords.participationOf("KZ").orElseThrow()
                .record(Step.ACCESSION, UncertainDate.month(2026, 4), new Citation(new ShippedRecord(jdbc).trendInterview(), "официальная церемония подписания"));

        entityManager.flush();
        entityManager.clear();
        Participation kazakhstan = agreements.findByNameEn("Abraham Accords").orElseThrow().participationOf("KZ").orElseThrow();

        assertThat(kazakhstan.getSteps()).extracting(ParticipationStep::getStep).containsExactly(Step.ANNOUNCED, Step.ACCESSION);
        assertThat(kazakhstan.getSteps()).extracting(ParticipationStep::getPosition).containsExactly(1, 2);
    }
}
