package org.chancery.event.timeline.web;

import org.chancery.ChanceryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    private static final long FLIGHTS = 20;
    private static final long COMMITTEE = 21;
    private static final long VISITS = 18;

    @Autowired MockMvc mvc;

    @Test
    void everyListOfEventsMarksTheOverdueOnesAndOnlyThem() throws Exception {
        for (String page : new String[] {"/", "/timeline?state=KZ&counterpart=IL", "/states/KZ", "/relations/KZ/IL",
                "/timeline?status=PLANNED"}) {
            String html = html(page, "en");
            assertThat(entry(html, FLIGHTS)).as(page).contains("<span class=\"event-overdue\">Overdue</span>");
            if (html.contains("id=\"event-" + VISITS + "\"")) {
                assertThat(entry(html, VISITS)).as(page).doesNotContain("event-overdue");
            }
        }
        assertThat(entry(html("/timeline?state=KZ&counterpart=IL", "ru"), COMMITTEE))
                .contains("<span class=\"event-overdue\">Просрочено</span>");
    }

    @Test
    void theEventsPageSaysWhenItsWindowClosed() throws Exception {
        assertThat(html("/events/" + FLIGHTS, "en")).contains("<span class=\"event-overdue\">Overdue</span>",
                "Overdue: its window closed 9 June 2026 and no such event is recorded");
        assertThat(html("/events/" + VISITS, "en")).doesNotContain("event-overdue");
        assertThat(html("/events/12", "en")).doesNotContain("event-overdue");
    }

    @Test
    void theApiSaysSoToo() throws Exception {
        mvc.perform(get("/api/v1/events").param("state", "KZ").param("counterpart", "IL").param("status", "PLANNED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + FLIGHTS + ")].overdue").value(contains(true)))
                .andExpect(jsonPath("$.items[?(@.id == " + COMMITTEE + ")].overdue").value(contains(true)))
                .andExpect(jsonPath("$.items[?(@.id == " + VISITS + ")].overdue").value(contains(false)));
        mvc.perform(get("/api/v1/events/12")).andExpect(jsonPath("$.overdue").value(false));
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
