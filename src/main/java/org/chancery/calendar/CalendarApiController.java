package org.chancery.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.chancery.common.Language;
import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.InvalidParameterException;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.ExportResponse;
import org.chancery.event.EventQueries;
import org.chancery.event.EventStatus;
import org.chancery.event.api.TimelineParameters;
import org.chancery.event.timeline.TimelineFilter;
import org.chancery.state.StateQueries;
import org.chancery.topic.TopicQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /api/v1/calendar.ics}: the planned events that match the timeline's filters as an
 * iCalendar feed. Its language comes from {@code lang} alone, never from a cookie or the
 * Accept-Language header, so a subscription's URL always means the same calendar.
 */
@ApiController("/api/v1")
class CalendarApiController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final EventQueries eventQueries;
    private final StateQueries states;
    private final TopicQueries topics;

    CalendarApiController(EventQueries eventQueries, StateQueries states, TopicQueries topics) {
        this.eventQueries = eventQueries;
        this.states = states;
        this.topics = topics;
    }

    @Operation(summary = "The planned events that match as an iCalendar feed (RFC 5545)", responses = @ApiResponse(
            responseCode = "200", description = "The planned events that match as an iCalendar feed (RFC 5545)", content = @Content(
            mediaType = "text/calendar", schema = @Schema(type = "string"),
            examples = @ExampleObject(value = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Chancery//EN\r\nEND:VCALENDAR\r\n"))))
    @GetMapping("/calendar.ics")
    void calendar(TimelineParameters parameters, @RequestParam(name = "lang", required = false) @Nullable String lang,
            HttpServletResponse response) throws IOException {
        List<InvalidParameter> problems = new ArrayList<>();
        Locale language = language(lang, problems);
        TimelineFilter filter = null;
        try {
            filter = parameters.parseExport(states::exists, topics::exists, EventStatus.PLANNED);
        } catch (InvalidParameterException e) {
            problems.addAll(0, e.parameters());
        }
        if (filter == null || !problems.isEmpty()) {
            throw new InvalidParameterException(problems);
        }
        TimelineFilter planned = filter;
        ExportResponse export = ExportResponse.start(response, TEXT_CALENDAR, "chancery-planned-events.ics");
        PlannedEventsCalendar calendar = new PlannedEventsCalendar(export.writer(), language);
        export.writeAll(() -> {
            calendar.begin(name(planned, language));
            eventQueries.forEach(planned, export.rows(calendar::event));
            calendar.end();
        });
    }

    private static Locale language(@Nullable String lang, List<InvalidParameter> problems) {
        if (lang == null || lang.isBlank() || lang.strip().equalsIgnoreCase("en")) {
            return Locale.ENGLISH;
        }
        if (lang.strip().equalsIgnoreCase("ru")) {
            return Locale.forLanguageTag("ru");
        }
        problems.add(new InvalidParameter("lang", "'" + lang + "' is not a language of the record: en or ru"));
        return Locale.ENGLISH;
    }

    /** "Chancery: planned events, KZ – IL": what a calendar application lists the feed as. */
    private static String name(TimelineFilter filter, Locale language) {
        String name = Language.pick(language, "Chancery: planned events", "Chancery: запланированные события");
        if (filter.state() != null) {
            name += ", " + filter.state() + (filter.counterpart() != null ? " – " + filter.counterpart() : "");
        }
        return name;
    }
}
