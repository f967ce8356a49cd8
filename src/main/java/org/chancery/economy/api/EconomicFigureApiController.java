package org.chancery.economy.api;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.chancery.audit.ChangeLog;
import org.chancery.common.RecordNotFoundException;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.DeletionReasons;
import org.chancery.common.api.MergePatch;
import org.chancery.common.api.PageResponse;
import org.chancery.common.api.Versions;
import org.chancery.economy.EconomicFigureCatalogue;
import org.chancery.economy.EconomicFigureCommand;
import org.chancery.economy.EconomicFigureEntry;
import org.chancery.economy.EconomicFigureService;
import org.chancery.state.States;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/economic-figures}: trade, investment and deals between two states, each with
 * its source, filtered and paged, and the writes of editors. Every representation carries
 * its version as an ETag; writes name it in If-Match.
 */
@ApiController("/api/v1/economic-figures")
class EconomicFigureApiController {

    private final EconomicFigureCatalogue catalogue;
    private final EconomicFigureService figures;
    private final States states;

    EconomicFigureApiController(EconomicFigureCatalogue catalogue, EconomicFigureService figures, States states) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.states = states;
    }

    @GetMapping
    PageResponse<EconomicFigureResponse> list(EconomicFigurePageParameters parameters) {
        EconomicFigurePageParameters.Parsed query = parameters.parse(states::existsByCode);
        Long total = query.count() ? catalogue.count(query.criteria()) : null;
        if (query.updatedSince() != null) {
            return PageResponse.ofChanges(catalogue.changesSince(query.criteria(), query.updatedSince(),
                    query.afterChange(), query.limit()).map(change -> change.map(EconomicFigureResponse::from)),
                    query.limit(), total);
        }
        return PageResponse.of(catalogue.page(query.criteria(), query.order(), query.after(), query.limit())
                .map(EconomicFigureResponse::from), query.limit(), total);
    }

    @GetMapping("/{id}")
    ResponseEntity<EconomicFigureResponse> get(@PathVariable long id, WebRequest request) {
        EconomicFigureEntry entry = live(id);
        return Versions.conditional(request, Versions.etag(entry.version()), () -> EconomicFigureResponse.from(entry));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EconomicFigureResponse> create(@Valid @RequestBody EconomicFigureCommand command) {
        long id = Objects.requireNonNull(figures.create(command).getId(), "a saved figure has an id");
        EconomicFigureEntry created = live(id);
        return Versions.created(EconomicFigureResponse.from(created), created.version(), id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EconomicFigureResponse> replace(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody EconomicFigureCommand command) {
        figures.replace(id, Versions.expected(ifMatch), command);
        return current(id);
    }

    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    ResponseEntity<EconomicFigureResponse> patch(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody JsonNode patch) {
        figures.patch(id, Versions.expected(ifMatch), patch);
        return current(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestParam(required = false) @Nullable String reason) {
        String why = DeletionReasons.required(reason, "figure");
        figures.delete(id, Versions.expected(ifMatch), why);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<EconomicFigureResponse> restore(@PathVariable long id) {
        figures.restore(id);
        return current(id);
    }

    /** Admins: the version the history kept at {@code version} replaces the live record, as a new version. */
    @PostMapping("/{id}/versions/{version}/restore")
    ResponseEntity<EconomicFigureResponse> revert(@PathVariable long id, @PathVariable long version) {
        figures.revert(id, version);
        return current(id);
    }

    @GetMapping("/{id}/history")
    List<ChangeLog.ChangeEntry> history(@PathVariable long id) {
        return figures.history(id);
    }

    private ResponseEntity<EconomicFigureResponse> current(long id) {
        EconomicFigureEntry entry = live(id);
        return Versions.current(EconomicFigureResponse.from(entry), entry.version());
    }

    /** The live figure, or why not: 404 where there never was one, 410 where it was deleted. */
    private EconomicFigureEntry live(long id) {
        return catalogue.entry(id).orElseThrow(() -> {
            figures.live(id); // throws 404 or 410
            return RecordNotFoundException.forId("economic figure", id);
        });
    }
}
