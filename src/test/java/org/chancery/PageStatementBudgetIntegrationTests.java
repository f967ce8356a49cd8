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
 * event, participant, step or counterpart shown. Each count includes the one-row read of the
 * record's version that a page seen signed out makes for its ETag (common.web.RecordEtags).
 */
@ChanceryIntegrationTest
class PageStatementBudgetIntegrationTests {

    @Autowired MockMvc mvc;

    @ParameterizedTest(name = "{0} in at most {1} statements")
    @CsvSource({
            "/,                      2",
            "/timeline?limit=500,    4",
            "/relations/KZ/IL,       9", // the memoranda pending are the eighth
            "/states,                2",
            "/states/KZ,             6",
            "/agreements,            2",
            "/agreements/1,          5",
            "/figures/1,             3",
            "/persons/1,             4",
            "/institutions/1,        6",
            "/sources,               2",
            "/sources/5,             5",
            "/events/12,             6", // the event, its history, the events of the same visit (2)
            "/search?q=Israel,       4" // names, events, and where each event matched
    })
    void readsThePageInAFixedNumberOfStatements(String path, int budget) throws Exception {
        int statements = SqlStatements.countDuring(() -> mvc.perform(get(path)).andExpect(status().isOk()));

        assertThat(statements).isLessThanOrEqualTo(budget);
    }
}
