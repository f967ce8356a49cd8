package org.chancery.event.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chancery.common.api.ApiController;
import org.chancery.event.EventImport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code POST /api/v1/events:import}: NDJSON, one event per line, as {@code POST
 * /api/v1/events} takes it. All or nothing: 201 with the new ids, or 422 with a report of
 * every bad line, and nothing written.
 */
@ApiController
class EventImportApiController {

    static final String NDJSON = "application/x-ndjson";

    private final EventImport imports;

    EventImportApiController(EventImport imports) {
        this.imports = imports;
    }

    /** What an import created. */
    record ImportResponse(int created, java.util.List<Long> ids) {
    }

    @PostMapping(path = "/api/v1/events:import", consumes = NDJSON)
    @Tag(name = "Events")
    @Operation(summary = "Import events from NDJSON, one event per line as POST /api/v1/events takes it; all or nothing",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = NDJSON, schema = @Schema(type = "string"))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Every line imported",
                            content = @Content(schema = @Schema(implementation = ImportResponse.class))),
                    @ApiResponse(responseCode = "422", description = "Some lines are bad; lines names each; nothing written",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "413", description = "More than 10,000 lines",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<?> importEvents(HttpServletRequest request) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
        EventImport.Result result = imports.importLines(lines);
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
