package org.chancery.person.api;

import java.util.List;

import jakarta.validation.Valid;

import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.MergePatch;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.DeletionReasons;
import org.chancery.common.api.ListParameters;
import org.chancery.common.api.PageResponse;
import org.chancery.common.api.Paging;
import org.chancery.common.api.Versions;
import org.chancery.common.query.NamePosition;
import org.chancery.person.OfficeCommand;
import org.chancery.person.OfficeFilter;
import org.chancery.person.OfficeQueries;
import org.chancery.person.OfficeService;
import org.chancery.person.TermCommand;
import org.chancery.state.StateDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/offices}: posts such as "Minister of Foreign Affairs of Israel", and under
 * {@code /terms} who held them when. Terms have no version of their own: they are part of
 * their office, so writing one names the office's ETag in If-Match and answers with its new one.
 */
@ApiController("/api/v1/offices")
class OfficeApiController {

    private final OfficeService offices;
    private final OfficeQueries queries;
    private final StateDirectory states;

    OfficeApiController(OfficeService offices, OfficeQueries queries, StateDirectory states) {
        this.offices = offices;
        this.queries = queries;
        this.states = states;
    }

    @GetMapping
    PageResponse<OfficeResponse> list(OfficeListParameters parameters) {
        ListParameters read = new ListParameters();
        OfficeFilter filter = parameters.filter(read, states::exists);
        Paging<NamePosition> paging = read.paging(parameters, NamePosition.ORDER, NamePosition::from);
        read.check();
        return paging.answer(queries, filter, OfficeResponse::from);
    }

    @GetMapping("/{id}")
    ResponseEntity<OfficeResponse> get(@PathVariable long id, WebRequest request) {
        return Versions.conditional(request, Versions.etag(offices.live(id).getVersion()),
                () -> OfficeResponse.from(queries.entry(id)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OfficeResponse> create(@Valid @RequestBody OfficeCommand command) {
        OfficeResponse created = OfficeResponse.from(queries.entry(offices.create(command).savedId()));
        return Versions.created(created, created.version(), created.id());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OfficeResponse> replace(@PathVariable long id, ExpectedVersion expected,
            @Valid @RequestBody OfficeCommand command) {
        offices.replace(id, expected, command);
        return current(id);
    }

    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    ResponseEntity<OfficeResponse> patch(@PathVariable long id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        offices.patch(id, expected, patch);
        return current(id);
    }

    /** Deletes the office for good; refused while terms are recorded in it. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, ExpectedVersion expected,
            @RequestParam(required = false) @Nullable String reason) {
        offices.delete(id, expected, DeletionReasons.required(reason, "office"));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/history")
    List<ChangeLog.ChangeEntry> history(@PathVariable long id) {
        return offices.history(id);
    }

    @PostMapping(path = "/{id}/terms", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TermResponse> appoint(@PathVariable long id, ExpectedVersion expected,
            @Valid @RequestBody TermCommand command) {
        long termId = offices.appoint(id, expected, command).savedId();
        return Versions.created(TermResponse.from(queries.termOfOffice(id, termId)), offices.live(id).getVersion(), termId);
    }

    @GetMapping("/{id}/terms/{termId}")
    ResponseEntity<TermResponse> term(@PathVariable long id, @PathVariable long termId, WebRequest request) {
        return Versions.conditional(request, Versions.etag(offices.live(id).getVersion()),
                () -> TermResponse.from(queries.termOfOffice(id, termId)));
    }

    @DeleteMapping("/{id}/terms/{termId}")
    ResponseEntity<Void> withdraw(@PathVariable long id, @PathVariable long termId, ExpectedVersion expected) {
        offices.withdraw(id, termId, expected);
        return ResponseEntity.noContent().eTag(Versions.etag(offices.live(id).getVersion())).build();
    }

    private ResponseEntity<OfficeResponse> current(long id) {
        OfficeResponse office = OfficeResponse.from(queries.entry(id));
        return Versions.current(office, office.version());
    }
}
