package org.chancery.event.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.chancery.common.api.ApiController;
import org.chancery.common.api.CsvWriter;
import org.chancery.common.api.ExportResponse;
import org.chancery.event.EventQueries;
import org.chancery.event.timeline.TimelineFilter;
import org.chancery.state.StateQueries;
import org.chancery.topic.TopicQueries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api/v1/events.csv} and {@code /api/v1/events.ndjson}: every event that matches the
 * timeline's filters, newest first, streamed as it is read, so an export of the whole record
 * costs the server what a page does.
 */
@ApiController("/api/v1")
class EventExportController {

    private final EventQueries queries;
    private final StateQueries states;
    private final TopicQueries topics;

    EventExportController(EventQueries queries, StateQueries states, TopicQueries topics) {
        this.queries = queries;
        this.states = states;
        this.topics = topics;
    }

    /** One {@link EventResponse} per line, as {@code /api/v1/events} serves each item. */
    @Operation(summary = "The events that match, one JSON object a line (the filters of the list, no paging)", responses = @ApiResponse(
            responseCode = "200", description = "The events that match, one JSON object a line (the filters of the list, no paging)", content = @Content(
            mediaType = "application/x-ndjson", schema = @Schema(type = "string"),
            examples = @ExampleObject(value = "{\"id\":1,\"kind\":\"VISIT\"}\n{\"id\":2,\"kind\":\"CALL\"}\n"))))
    @GetMapping("/events.ndjson")
    void ndjson(TimelineParameters parameters, HttpServletResponse response) throws IOException {
        TimelineFilter filter = parameters.parseExport(states::exists, topics::exists);
        ExportResponse body = ExportResponse.start(response, MediaType.APPLICATION_NDJSON, null);
        body.writeAll(() -> queries.ndjson(filter, body.bytes()::write));
    }

    /**
     * A header row, then one record per event (see {@code TimelineExport#csv} for the columns):
     * the CSV that {@code POST /api/v1/events:import} and the upload page read back.
     */
    @Operation(summary = "The events that match as CSV (RFC 4180, a header line first)", responses = @ApiResponse(
            responseCode = "200", description = "The events that match as CSV (RFC 4180, a header line first)", content = @Content(
            mediaType = "text/csv", schema = @Schema(type = "string"),
            examples = @ExampleObject(value = "id,kind,status,date\r\n1,VISIT,HAPPENED,2026-01-27\r\n"))))
    @GetMapping("/events.csv")
    void csv(TimelineParameters parameters, HttpServletResponse response) throws IOException {
        TimelineFilter filter = parameters.parseExport(states::exists, topics::exists);
        ExportResponse body = ExportResponse.start(response, CsvWriter.MEDIA_TYPE, "chancery-events.csv");
        body.writeAll(() -> queries.csv(filter, body.bytes()::write));
    }
}
