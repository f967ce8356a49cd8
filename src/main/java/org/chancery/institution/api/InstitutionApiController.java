package org.chancery.institution.api;

import java.util.List;

import jakarta.validation.Valid;

import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.DeletionReasons;
import org.chancery.common.api.ListParameters;
import org.chancery.common.api.MergePatch;
import org.chancery.common.api.NamePosition;
import org.chancery.common.api.PageResponse;
import org.chancery.common.api.Paging;
import org.chancery.common.api.Versions;
import org.chancery.institution.InstitutionCommand;
import org.chancery.institution.InstitutionService;
import org.chancery.institution.api.InstitutionListParameters.InstitutionFilter;
import org.chancery.state.States;
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

/** {@code /api/v1/institutions}: ministries, agencies, parliaments, companies. */
@ApiController("/api/v1/institutions")
class InstitutionApiController {

    private final InstitutionService institutions;
    private final InstitutionListing listing;
    private final States states;

    InstitutionApiController(InstitutionService institutions, InstitutionListing listing, States states) {
        this.institutions = institutions;
        this.listing = listing;
        this.states = states;
    }

    @GetMapping
    PageResponse<InstitutionResponse> list(InstitutionListParameters parameters) {
        ListParameters read = new ListParameters();
        InstitutionFilter filter = parameters.filter(read, states::existsByCode);
        Paging<NamePosition> paging = read.paging(parameters, NamePosition.ORDER, NamePosition::from);
        read.check();
        return paging.answer(listing, filter);
    }

    @GetMapping("/{id}")
    ResponseEntity<InstitutionResponse> get(@PathVariable long id, WebRequest request) {
        return Versions.conditional(request, Versions.etag(institutions.live(id).getVersion()), () -> listing.get(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InstitutionResponse> create(@Valid @RequestBody InstitutionCommand command) {
        InstitutionResponse created = listing.get(institutions.create(command).savedId());
        return Versions.created(created, created.version(), created.id());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InstitutionResponse> replace(@PathVariable long id, ExpectedVersion expected,
            @Valid @RequestBody InstitutionCommand command) {
        institutions.replace(id, expected, command);
        return current(id);
    }

    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    ResponseEntity<InstitutionResponse> patch(@PathVariable long id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        institutions.patch(id, expected, patch);
        return current(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, ExpectedVersion expected,
            @RequestParam(required = false) @Nullable String reason) {
        institutions.delete(id, expected, DeletionReasons.required(reason, "institution"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<InstitutionResponse> restore(@PathVariable long id) {
        institutions.restore(id);
        return current(id);
    }

    @GetMapping("/{id}/history")
    List<ChangeLog.ChangeEntry> history(@PathVariable long id) {
        return institutions.history(id);
    }

    private ResponseEntity<InstitutionResponse> current(long id) {
        InstitutionResponse institution = listing.get(id);
        return Versions.current(institution, institution.version());
    }
}
