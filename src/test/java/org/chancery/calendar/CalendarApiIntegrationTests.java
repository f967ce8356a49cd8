package org.chancery.calendar;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.chancery.ChanceryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChanceryIntegrationTest
class CalendarApiIntegrationTests {

    private static final String SCAT = "SCAT Airlines to start direct flights from Shymkent to Israel";
    private static final String COMMITTEE = "Joint Economic Committee meeting in Israel (expected)";

    @Autowired MockMvc mvc;

    @Test
    void isAnICalendarThatARealParserReads() throws Exception {
        String ics = ics(get("/api/v1/calendar.ics"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        assertThat(value(calendar.getProperty(Property.VERSION))).isEqualTo("2.0");
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("PUBLISH");
        assertThat(value(calendar.getProperty(Property.CALSCALE))).isEqualTo("GREGORIAN");
        assertThat(value(calendar.getProperty("X-WR-CALNAME"))).isEqualTo("Chancery: planned events");
        assertThat(events(calendar)).isNotEmpty().allSatisfy(event -> {
            assertThat(value(event.getProperty(Property.UID))).matches("event-\\d+@chancery");
            assertThat(value(event.getProperty(Property.DTSTAMP))).matches("\\d{8}T\\d{6}Z");
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow()
                    .getValue()).isEqualTo("DATE");
        });
    }

    @Test
    void isValidByRfc5545() throws Exception {
        Calendar calendar = parse(ics(get("/api/v1/calendar.ics")));

        // Without METHOD, ical4j checks RFC 5545 itself. With it, it also applies iTIP (RFC 5546),
        // whose PUBLISH wants an ORGANIZER: the record knows none but the events' own hosts.
        assertThat(calendar.<Calendar>removeAll(Property.METHOD).validate().getEntries()).isEmpty();
    }

    @Test
    void holdsThePlannedEventsAndOnlyThem() throws Exception {
        Calendar calendar = parse(ics(get("/api/v1/calendar.ics")));
        List<Number> planned = JsonPath.read(mvc.perform(get("/api/v1/events").param("status", "PLANNED").param("limit", "500"))
                .andReturn().getResponse().getContentAsString(), "$.items[*].id");

        assertThat(events(calendar)).extracting(event -> value(event.getProperty(Property.UID)))
                .containsExactlyInAnyOrderElementsOf(planned.stream().map(id -> "event-" + id + "@chancery").toList());
    }

    @Test
    void aDayAsRecordedIsAOneDayEvent() throws Exception {
        VEvent flights = event(parse(ics(get("/api/v1/calendar.ics"))), SCAT);

        assertThat(value(flights.getProperty(Property.DTSTART))).isEqualTo("20260609");
        assertThat(value(flights.getProperty(Property.DTEND))).isEqualTo("20260610");
        assertThat(value(flights.getProperty(Property.SUMMARY))).isEqualTo(SCAT);
        assertThat(value(flights.getProperty(Property.LOCATION))).isEqualTo("Shymkent – Israel");
        assertThat(flights.getProperty(Property.TRANSP)).isEmpty();
        assertThat(value(flights.getProperty("X-CHANCERY-DATE"))).isEqualTo("2026-06-09");
    }

    @Test
    void anUncertainDateIsATransparentSpanOverEveryDayItMayFallOnWithTheDateAsRecorded() throws Exception {
        VEvent committee = event(parse(ics(get("/api/v1/calendar.ics"))), COMMITTEE);

        assertThat(value(committee.getProperty(Property.DTSTART))).isEqualTo("20260601");
        assertThat(value(committee.getProperty(Property.DTEND))).isEqualTo("20261001");
        assertThat(value(committee.getProperty(Property.TRANSP))).isEqualTo("TRANSPARENT");
        assertThat(value(committee.getProperty(Property.SUMMARY)))
                .isEqualTo(COMMITTEE + " [about June 2026 – September 2026]");
        assertThat(value(committee.getProperty("X-CHANCERY-DATE"))).isEqualTo("2026-06~/2026-09~");
        assertThat(value(committee.getProperty(Property.DESCRIPTION)))
                .contains("probably in summer or early autumn 2026")
                .contains("Date as the sources give it: about June 2026 – September 2026 (EDTF 2026-06~/2026-09~)")
                .contains("Sources:\n- Trend");
    }

    @Test
    void speaksRussianWhenTheUrlSaysSo() throws Exception {
        Calendar calendar = parse(ics(get("/api/v1/calendar.ics").param("lang", "ru")
                .header("Accept-Language", "en")));

        assertThat(events(calendar)).extracting(event -> value(event.getProperty(Property.SUMMARY)))
                .contains("Заседание Совместного экономического комитета в Израиле (ожидается) [около июня 2026 – сентября 2026]");
        assertThat(value(calendar.getProperty("X-WR-CALNAME"))).isEqualTo("Chancery: запланированные события");
    }

    @Test
    void filtersByPairKindTopicAndPeriod() throws Exception {
        assertThat(summaries(get("/api/v1/calendar.ics").param("state", "KZ").param("counterpart", "IL")))
                .anySatisfy(summary -> assertThat(summary).startsWith(COMMITTEE)).contains(SCAT);
        assertThat(summaries(get("/api/v1/calendar.ics").param("state", "AZ").param("counterpart", "IL")))
                .noneSatisfy(summary -> assertThat(summary).startsWith(COMMITTEE));
        assertThat(summaries(get("/api/v1/calendar.ics").param("kind", "TRANSPORT_LINK"))).containsExactly(SCAT);
        assertThat(summaries(get("/api/v1/calendar.ics").param("topic", "trade")))
                .allSatisfy(summary -> assertThat(summary).doesNotStartWith("SCAT"))
                .anySatisfy(summary -> assertThat(summary).startsWith(COMMITTEE));
        assertThat(summaries(get("/api/v1/calendar.ics").param("from", "2026-06-10").param("to", "2026-12-31")))
                .doesNotContain(SCAT).anySatisfy(summary -> assertThat(summary).startsWith(COMMITTEE));
    }

    @Test
    void linesEndInCrLfAndAreFoldedAt75Octets() throws Exception {
        String ics = ics(get("/api/v1/calendar.ics").param("lang", "ru"));

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).contains("\r\n ");
    }

    @Test
    void badParametersAreNamedInAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/calendar.ics").param("state", "XX").param("status", "HAPPENED")
                        .param("lang", "fr").param("limit", "5").accept(MediaType.parseMediaType("text/calendar")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("state", "status", "lang", "limit")));
        mvc.perform(get("/api/v1/calendar.ics").param("status", "planned")).andExpect(status().isOk());
    }

    private String ics(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> summaries(MockHttpServletRequestBuilder request) throws Exception {
        return events(parse(ics(request))).stream().map(event -> value(event.getProperty(Property.SUMMARY))).toList();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
    }

    private static VEvent event(Calendar calendar, String summaryStart) {
        List<VEvent> found = events(calendar).stream()
                .filter(event -> value(event.getProperty(Property.SUMMARY)).startsWith(summaryStart)).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static String value(Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }
}
