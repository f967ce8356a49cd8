package org.chancery.event.timeline.web;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One status everywhere: on the test clock's day (21 November 2026) the SCAT flights of 9 June
 * and the committee of "summer or early autumn" are overdue wherever they appear; the visits
 * expected "in 2026" are not, their window being still open.
 */
@ChanceryIntegrationTest
class OverdueEverywhereIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private long flights;
    private long committee;
    private long visits;
    private long saarVisit;

    @BeforeEach
    void findTheShippedEvents() {
        ShippedRecord record = new ShippedRecord(jdbc);
        flights = record.event("SCAT Airlines to start direct flights from Shymkent to Israel");
        committee = record.event("Joint Economic Committee meeting in Israel (expected)");
        visits = record.event("Official visits from Israel to Kazakhstan expected in 2026");
        saarVisit = record.event("Israeli Foreign Minister Gideon Saar visits Astana");
    }

    @Test
    void everyListOfEventsMarksTheOverdueOnesAndOnlyThem() throws Exception {
        for (String page : new String[] {"/", "/timeline?state=KZ&counterpart=IL", "/states/KZ", "/relations/KZ/IL",
                "/timeline?status=PLANNED"}) {
            String html = html(page, "en");
            assertThat(entry(html, flights)).as(page).contains("<span class=\"event-overdue\">Overdue</span>");
            if (html.contains("id=\"event-" + visits + "\"")) {
                assertThat(entry(html, visits)).as(page).doesNotContain("event-overdue");
            }
        }
        assertThat(entry(html("/timeline?state=KZ&counterpart=IL", "ru"), committee))
                .contains("<span class=\"event-overdue\">Просрочено</span>");
    }

    @Test
    void theEventsPageSaysWhenItsWindowClosed() throws Exception {
        assertThat(html("/events/" + flights, "en")).contains("<span class=\"event-overdue\">Overdue</span>",
                "Overdue: its window closed 9 June 2026 and no such event is recorded");
        assertThat(html("/events/" + visits, "en")).doesNotContain("event-overdue");
        assertThat(html("/events/" + saarVisit, "en")).doesNotContain("event-overdue");
    }

    @Test
    void theApiSaysSoToo() throws Exception {
        mvc.perform(get("/api/v1/events").param("state", "KZ").param("counterpart", "IL").param("status", "PLANNED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + flights + ")].overdue").value(contains(true)))
                .andExpect(jsonPath("$.items[?(@.id == " + committee + ")].overdue").value(contains(true)))
                .andExpect(jsonPath("$.items[?(@.id == " + visits + ")].overdue").value(contains(false)));
        mvc.perform(get("/api/v1/events/" + saarVisit)).andExpect(jsonPath("$.overdue").value(false));
    }

    /** The article of one event in a page, from its opening tag to its end. */
    private static String entry(String html, long id) {
        int start = html.indexOf("id=\"event-" + id + "\"");
        assertThat(start).as("event " + id + " is on the page").isPositive();
        return html.substring(start, html.indexOf("</article>", start));
    }

    private String html(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
