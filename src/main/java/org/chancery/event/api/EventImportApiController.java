package org.chancery.event.api;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chancery.common.api.ApiController;
import org.chancery.common.api.CsvWriter;
import org.chancery.event.CsvEvents;
import org.chancery.event.EventImport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code POST /api/v1/events:import}: NDJSON, one event per line, as {@code POST
 * /api/v1/events} takes it, or CSV as staff fill it in a spreadsheet (see {@link CsvEvents}).
 * All or nothing: 201 with the new ids, or 422 with a report of every bad line, and nothing
 * written.
 */
@ApiController
class EventImportApiController {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    private static final String NDJSON_EXAMPLE = """
            {"kind": "CALL", "status": "HAPPENED", "title": {"en": "Phone call of the foreign ministers", "ru": "Телефонный разговор министров иностранных дел"}, "date": "2026-02", "states": [{"code": "KZ", "side": "INITIATOR"}, {"code": "IL", "side": "GUEST"}], "sources": [{"sourceId": 4, "quotedPassage": "…"}]}
            {"kind": "STATEMENT", "status": "HAPPENED", "title": {"en": "Statement on the water memorandum", "ru": "Заявление о меморандуме по водным ресурсам"}, "date": "2026-03-02", "states": [{"code": "IL", "side": "INITIATOR"}], "sources": [{"sourceId": 5, "quotedPassage": "…"}]}
            """;

    private static final String CSV_EXAMPLE = """
            kind,status,date,title_en,title_ru,states,participants,topics,source_id,quoted_passage
            VISIT,HAPPENED,March 2026,Visit of the Kazakh foreign minister to Israel,Визит,KZ:GUEST; IL:HOST,6:GUEST; 5:HOST,water,5,"В 2026 году ожидаются активные официальные визиты"
            """;

    private final EventImport imports;

    EventImportApiController(EventImport imports) {
        this.imports = imports;
    }

    /** What an import created. */
    record ImportResponse(int created, java.util.List<Long> ids) {
    }

    @PostMapping(path = "/api/v1/events:import", consumes = {NDJSON, CSV})
    @Tag(name = "Events")
    @Operation(summary = "Import events from NDJSON, one event per line as POST /api/v1/events takes it, or from CSV, "
            + "a header row naming the columns and one event per row; all or nothing",
            description = "CSV (UTF-8, comma- or semicolon-separated) has the columns kind, status, date (EDTF or as "
                    + "people write it: 'March 2026'), title_en, title_ru, summary_en, summary_ru, states ('KZ:GUEST; IL:HOST'), "
                    + "participants ('Gideon Saar:GUEST; 5:HOST', persons by name or id), institutions ('3:ORGANIZER'), topics ('water; trade'), "
                    + "place_en, place_ru, place_state, agreement_id, visit_level, visit_kind, call_initiator, "
                    + "memorandum_subject_en, memorandum_subject_ru, and a source_id with its quoted_passage per source "
                    + "(source_id_2, quoted_passage_2 … for more; a source by id or by address); the CSV of GET /api/v1/events.csv "
                    + "is read as it is. A line repeating an event of the record or of the file is refused (name 'repeated'). "
                    + "Problems name the line of the file and the column.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = {@Content(mediaType = NDJSON, schema = @Schema(type = "string"), examples = @ExampleObject(value = NDJSON_EXAMPLE)),
                            @Content(mediaType = CSV, schema = @Schema(type = "string"), examples = @ExampleObject(value = CSV_EXAMPLE))}),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Every line imported",
                            content = @Content(schema = @Schema(implementation = ImportResponse.class))),
                    @ApiResponse(responseCode = "400", description = "No events in the body, or not UTF-8 text",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "422", description = "Some lines are bad; lines names each; nothing written",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "413", description = "More than 10,000 lines",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<?> importEvents(HttpServletRequest request) throws IOException {
        boolean csv = MediaType.parseMediaType(request.getContentType()).isCompatibleWith(CsvWriter.MEDIA_TYPE);
        EventImport.Result result = imports.importFile(request.getInputStream(),
                csv ? EventImport.Format.CSV : EventImport.Format.NDJSON, Locale.ENGLISH, false);
        if (result.succeeded()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResponse(result.created().size(), result.created()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                result.problems().size() + " line(s) cannot be imported, so nothing was; see lines.");
        problem.setType(java.net.URI.create("https://chancery.example/problems/import-refused"));
        problem.setTitle("Import refused");
        problem.setProperty("lines", result.problems());
        return ResponseEntity.unprocessableContent().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooMany(EventImport.TooManyLinesException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, exception.getMessage());
        problem.setType(java.net.URI.create("https://chancery.example/problems/import-too-large"));
        problem.setTitle("Import too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }
}
