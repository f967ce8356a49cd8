package org.chancery.source.api;

import java.util.List;

import jakarta.validation.Valid;

import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.DeletionReasons;
import org.chancery.common.api.ListParameters;
import org.chancery.common.api.MergePatch;
import org.chancery.common.api.PageResponse;
import org.chancery.common.api.Paging;
import org.chancery.common.api.Versions;
import org.chancery.source.SourceCommand;
import org.chancery.source.SourceService;
import org.chancery.source.api.SourceListParameters.SourceFilter;
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

/** {@code /api/v1/sources}: where the record's facts come from. */
@ApiController("/api/v1/sources")
class SourceApiController {

    private final SourceService sources;
    private final SourceListing listing;

    SourceApiController(SourceService sources, SourceListing listing) {
        this.sources = sources;
        this.listing = listing;
    }

    @GetMapping
    PageResponse<SourceResponse> list(SourceListParameters parameters) {
        ListParameters read = new ListParameters();
        SourceFilter filter = parameters.filter(read);
        Paging<SourcePosition> paging = read.paging(parameters, SourcePosition.ORDER, SourcePosition::from);
        read.check();
        return paging.answer(listing, filter);
    }

    @GetMapping("/{id}")
    ResponseEntity<SourceResponse> get(@PathVariable long id, WebRequest request) {
        return Versions.conditional(request, Versions.etag(sources.live(id).getVersion()), () -> listing.get(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SourceResponse> create(@Valid @RequestBody SourceCommand command) {
        SourceResponse created = listing.get(sources.create(command).savedId());
        return Versions.created(created, created.version(), created.id());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SourceResponse> replace(@PathVariable long id, ExpectedVersion expected,
            @Valid @RequestBody SourceCommand command) {
        sources.replace(id, expected, command);
        return current(id);
    }

    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    ResponseEntity<SourceResponse> patch(@PathVariable long id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        sources.patch(id, expected, patch);
        return current(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, ExpectedVersion expected,
            @RequestParam(required = false) @Nullable String reason) {
        sources.delete(id, expected, DeletionReasons.required(reason, "source"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<SourceResponse> restore(@PathVariable long id) {
        sources.restore(id);
        return current(id);
    }

    @GetMapping("/{id}/history")
    List<ChangeLog.ChangeEntry> history(@PathVariable long id) {
        return sources.history(id);
    }

    private ResponseEntity<SourceResponse> current(long id) {
        SourceResponse source = listing.get(id);
        return Versions.current(source, source.version());
    }
}
