package org.chancery.agreement.api;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.chancery.agreement.AgreementCatalogue;
import org.chancery.agreement.AgreementCommand;
import org.chancery.agreement.AgreementEntry;
import org.chancery.agreement.AgreementService;
import org.chancery.audit.ChangeLog;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.DeletionReasons;
import org.chancery.common.api.MergePatch;
import org.chancery.common.api.PageResponse;
import org.chancery.common.api.Versions;
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
 * {@code /api/v1/agreements}: the agreements with every participation and step, filtered and
 * paged, and the writes of editors on the agreement itself. Participations and steps are
 * written through {@link ParticipationApiController}. Every representation carries the
 * agreement's version as an ETag; writes name it in If-Match.
 */
@ApiController("/api/v1/agreements")
class AgreementApiController {

    private final AgreementCatalogue catalogue;
    private final AgreementService agreements;
    private final AgreementReader reader;
    private final States states;

    AgreementApiController(AgreementCatalogue catalogue, AgreementService agreements, AgreementReader reader, States states) {
        this.catalogue = catalogue;
        this.agreements = agreements;
        this.reader = reader;
        this.states = states;
    }

    @GetMapping
    PageResponse<AgreementResponse> list(AgreementPageParameters parameters) {
        AgreementPageParameters.Parsed query = parameters.parse(states::existsByCode);
        Long total = query.count() ? catalogue.count(query.filter()) : null;
        if (query.updatedSince() != null) {
            return PageResponse.ofChanges(catalogue.changesSince(query.filter(), query.updatedSince(), query.afterChange(),
                    query.limit()).map(change -> change.map(AgreementResponse::from)), query.limit(), total);
        }
        return PageResponse.of(catalogue.page(query.filter(), query.order(), query.after(), query.limit())
                .map(AgreementResponse::from), query.limit(), total);
    }

    @GetMapping("/{id}")
    ResponseEntity<AgreementResponse> get(@PathVariable long id, WebRequest request) {
        AgreementEntry entry = reader.live(id);
        return Versions.conditional(request, Versions.etag(entry.version()), () -> AgreementResponse.from(entry));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AgreementResponse> create(@Valid @RequestBody AgreementCommand command) {
        long id = Objects.requireNonNull(agreements.create(command).getId(), "a saved agreement has an id");
        AgreementEntry created = reader.live(id);
        return Versions.created(AgreementResponse.from(created), created.version(), id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AgreementResponse> replace(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody AgreementCommand command) {
        agreements.replace(id, Versions.expected(ifMatch), command);
        return current(id);
    }

    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    ResponseEntity<AgreementResponse> patch(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody JsonNode patch) {
        agreements.patch(id, Versions.expected(ifMatch), patch);
        return current(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestParam(required = false) @Nullable String reason) {
        String why = DeletionReasons.required(reason, "agreement");
        agreements.delete(id, Versions.expected(ifMatch), why);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<AgreementResponse> restore(@PathVariable long id) {
        agreements.restore(id);
        return current(id);
    }

    /** Admins: the version the history kept at {@code version} replaces the live record, as a new version. */
    @PostMapping("/{id}/versions/{version}/restore")
    ResponseEntity<AgreementResponse> revert(@PathVariable long id, @PathVariable long version) {
        agreements.revert(id, version);
        return current(id);
    }

    @GetMapping("/{id}/history")
    List<ChangeLog.ChangeEntry> history(@PathVariable long id) {
        return agreements.history(id);
    }

    private ResponseEntity<AgreementResponse> current(long id) {
        AgreementEntry entry = reader.live(id);
        return Versions.current(AgreementResponse.from(entry), entry.version());
    }
}
