package org.chancery.economy;

import javax.sql.DataSource;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.StatementCounter;
import org.chancery.common.query.KeysetPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A page of figures, each with its states' names and its source, is read in one statement. */
@ChanceryIntegrationTest
class EconomicFigureQueriesStatementTests {

    @Autowired DataSource dataSource;
    @Autowired EconomicFigureService figures;

    @Test
    void aPageOfFiguresIsOneStatement() {
        StatementCounter counter = new StatementCounter(dataSource);
        EconomicFigureQueries queries = new EconomicFigureQueries(JdbcClient.create(counter.dataSource()), figures);

        KeysetPage<EconomicFigureEntry> page = queries.page(EconomicFigureCriteria.everything(), EconomicFigureOrder.PERIOD, null, 50);

        assertThat(page.rows()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(figure -> assertThat(figure.source().title()).isNotBlank());
        assertThat(counter.statements()).isEqualTo(1);
    }
}
