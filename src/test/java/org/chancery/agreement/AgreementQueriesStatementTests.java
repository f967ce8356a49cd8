package org.chancery.agreement;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.CreatedRecords;
import org.chancery.ShippedRecord;
import org.chancery.StatementCounter;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.query.KeysetPage;
import org.chancery.event.EventQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A page of agreements, with every participation and every step and its source, is read in one statement. */
@ChanceryIntegrationTest
class AgreementQueriesStatementTests {

    @Autowired AgreementService agreements;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired EventQueries events;

    private CreatedRecords created;

    @BeforeEach
    void addAgreementsWithSteps() {
        created = new CreatedRecords(jdbc);
        long trend = new ShippedRecord(jdbc).source("Trend", LocalDate.of(2026, 2, 17));
        for (String name : List.of("Test Statement Alpha", "Test Statement Bravo")) {
            long id = created.remember("agreements", "agreement", agreements.create(new AgreementCommand(
                    new AgreementCommand.Name(name, name), AgreementKind.TREATY, true, null, "2026")).getId());
            for (String state : List.of("KZ", "UZ", "KG")) {
                agreements.admit(id, ExpectedVersion.ANY, new ParticipationCommand(state, ParticipationRole.PARTY));
                agreements.recordStep(id, ExpectedVersion.ANY, state, new StepCommand(Step.SIGNED, "2026-03", trend, "Test"));
                agreements.recordStep(id, ExpectedVersion.ANY, state, new StepCommand(Step.RATIFIED, "2026-04", trend, "Test"));
            }
        }
    }

    @AfterEach
    void cleanUp() {
        created.removeAll();
    }

    @Test
    void aPageOfAgreementsIsOneStatementWhateverItHolds() {
        StatementCounter counter = new StatementCounter(dataSource);
        AgreementQueries queries = new AgreementQueries(JdbcClient.create(counter.dataSource()), json, events, agreements);

        KeysetPage<AgreementEntry> page = queries.page(AgreementFilter.everything(), AgreementOrder.NAME, null, 50);

        assertThat(page.rows()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.rows().stream().flatMap(agreement -> agreement.participations().stream())
                .mapToInt(participation -> participation.steps().size()).sum()).isGreaterThanOrEqualTo(5 + 12); // 5 shipped steps, 12 of the fixture
        assertThat(counter.statements()).isEqualTo(1);
    }
}
