package org.chancery;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page of the record is read in a fixed, small number of SQL statements: never one per
 * event, participant, step or counterpart shown.
 */
@ChanceryIntegrationTest
class PageStatementBudgetIntegrationTests {

    @Autowired MockMvc mvc;

    @ParameterizedTest(name = "{0} in at most {1} statements")
    @CsvSource({
            "/,                      1",
            "/timeline?limit=500,    3",
            "/relations/KZ/IL,       8", // the memoranda pending are the eighth
            "/states,                1",
            "/states/KZ,             5",
            "/agreements,            1",
            "/agreements/1,          4",
            "/figures/1,             2",
            "/persons/1,             3",
            "/institutions/1,        5",
            "/sources,               1",
            "/sources/5,             4",
            "/events/12,             5", // the event, its history, the events of the same visit (2)
            "/search?q=Israel,       3" // names, events, and where each event matched
    })
    void readsThePageInAFixedNumberOfStatements(String path, int budget) throws Exception {
        int statements = SqlStatements.countDuring(() -> mvc.perform(get(path)).andExpect(status().isOk()));

        assertThat(statements).isLessThanOrEqualTo(budget);
    }
}
