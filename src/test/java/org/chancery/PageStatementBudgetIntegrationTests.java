package org.chancery;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page of the record is read in a fixed, small number of SQL statements: never one per
 * event, participant, step or counterpart shown. Each count includes the one-row read of the
 * record's version that a page seen signed out makes for its ETag (common.web.RecordEtags), and,
 * where the page lists one pair's, one state's, one topic's or every event, the two constant
 * statements around that list that ask for its generic plan and put the mode back
 * (event.timeline.Timeline.planStable).
 */
@ChanceryIntegrationTest
class PageStatementBudgetIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest(name = "{0} in at most {1} statements")
    @CsvSource({
            "/,                      4", // a list of every event: two of the four ask for its generic plan and give the mode back
            "/timeline?limit=500,    6", // the same two
            "/relations/KZ/IL,       9", // the memoranda pending are the eighth
            "/states,                2",
            "/states/KZ,             8", // the state's list: the same two
            "/agreements,            2",
            "/agreements/{Abraham Accords},                                 5",
            "/figures/{KZ US DEALS_SIGNED},                                 3",
            "/persons/{Kassym-Jomart Tokayev},                              4",
            "/institutions/{Ministry of Foreign Affairs of Kazakhstan},     6",
            "/sources,               2",
            "/sources/{Trend 2026-02-17},                                   5",
            "/events/{Israeli Foreign Minister Gideon Saar visits Astana},  6", // the event, its history, the events of the same visit (2)
            "/search?q=Israel,       4", // names, events, and where each event matched
            "/suggest/persons?q=Tokayev,                                    2",
            "/suggest/institutions?q=Ministry,                              2"
    })
    void readsThePageInAFixedNumberOfStatements(String path, int budget) throws Exception {
        String address = address(path);
        // past the kept pages (RenderedPages), whose second view would send only the version's statement
        int statements = SqlStatements.countDuring(() -> mvc.perform(get(address).header(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andExpect(status().isOk()));

        assertThat(statements).isLessThanOrEqualTo(budget);
    }

    /** {@code path} with a shipped record named in braces (a title, a name, a source's outlet and day) put as its id. */
    private String address(String path) {
        Matcher named = Pattern.compile("/(\\w+)/\\{(.+)}").matcher(path);
        if (!named.matches()) {
            return path;
        }
        ShippedRecord record = new ShippedRecord(jdbc);
        String name = named.group(2);
        long id = switch (named.group(1)) {
            case "agreements" -> record.agreement(name);
            case "persons" -> record.person(name);
            case "institutions" -> record.institution(name);
            case "events" -> record.event(name);
            case "figures" -> record.figure(name.split(" ")[0], name.split(" ")[1], name.split(" ")[2]);
            case "sources" -> record.source(name.substring(0, name.lastIndexOf(' ')),
                    LocalDate.parse(name.substring(name.lastIndexOf(' ') + 1)));
            default -> throw new IllegalArgumentException("no shipped record is found by name under " + path);
        };
        return ShippedRecord.address(named.group(1), id);
    }
}
