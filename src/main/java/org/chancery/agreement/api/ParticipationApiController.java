package org.chancery.agreement.api;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.chancery.agreement.AgreementEntry;
import org.chancery.agreement.AgreementQueries;
import org.chancery.agreement.AgreementService;
import org.chancery.agreement.ParticipationCommand;
import org.chancery.agreement.StepCommand;
import org.chancery.common.NotFoundException;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.DeletionReasons;
import org.chancery.common.api.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /api/v1/agreements/{id}/participations}: the states taking part and their steps.
 * They belong to the agreement: every representation here carries the agreement's version
 * as its ETag, and every write names that version in If-Match and moves it on, so a script
 * that reads an agreement and then records a step finds out when someone else changed it.
 * Mistakes are corrected from the end: only the latest step can be removed, and only a
 * state without steps.
 */
@ApiController("/api/v1/agreements/{id}/participations")
class ParticipationApiController {

    private final AgreementService agreements;
    private final AgreementQueries queries;

    ParticipationApiController(AgreementService agreements, AgreementQueries queries) {
        this.agreements = agreements;
        this.queries = queries;
    }

    @GetMapping
    ResponseEntity<List<AgreementResponse.ParticipationResponse>> list(@PathVariable long id, WebRequest request) {
        AgreementEntry agreement = queries.live(id);
        return Versions.conditional(request, Versions.etag(agreement.version()),
                () -> agreement.participations().stream().map(AgreementResponse.ParticipationResponse::from).toList());
    }

    @GetMapping("/{state}")
    ResponseEntity<AgreementResponse.ParticipationResponse> get(@PathVariable long id, @PathVariable String state,
            WebRequest request) {
        AgreementEntry agreement = queries.live(id);
        AgreementEntry.ParticipationEntry participation = participation(agreement, state);
        return Versions.conditional(request, Versions.etag(agreement.version()), () -> AgreementResponse.ParticipationResponse.from(participation));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AgreementResponse.ParticipationResponse> admit(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody ParticipationCommand command) {
        agreements.admit(id, Versions.expected(ifMatch), command);
        AgreementEntry agreement = queries.live(id);
        return Versions.created(AgreementResponse.ParticipationResponse.from(participation(agreement, command.state())),
                agreement.version(), command.state());
    }

    @DeleteMapping("/{state}")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable String state,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestParam(required = false) @Nullable String reason) {
        String why = DeletionReasons.required(reason, "participation");
        agreements.removeParticipation(id, Versions.expected(ifMatch), code(state), why);
        return removed(id);
    }

    @GetMapping("/{state}/steps")
    ResponseEntity<List<AgreementResponse.StepResponse>> steps(@PathVariable long id, @PathVariable String state,
            WebRequest request) {
        AgreementEntry agreement = queries.live(id);
        AgreementEntry.ParticipationEntry participation = participation(agreement, state);
        return Versions.conditional(request, Versions.etag(agreement.version()),
                () -> participation.steps().stream().map(AgreementResponse.StepResponse::from).toList());
    }

    @GetMapping("/{state}/steps/{position}")
    ResponseEntity<AgreementResponse.StepResponse> step(@PathVariable long id, @PathVariable String state,
            @PathVariable int position, WebRequest request) {
        AgreementEntry agreement = queries.live(id);
        AgreementEntry.StepEntry step = step(agreement, state, position);
        return Versions.conditional(request, Versions.etag(agreement.version()), () -> AgreementResponse.StepResponse.from(step));
    }

    @PostMapping(path = "/{state}/steps", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AgreementResponse.StepResponse> record(@PathVariable long id, @PathVariable String state,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody StepCommand command) {
        int position = agreements.recordStep(id, Versions.expected(ifMatch), code(state), command).getPosition();
        AgreementEntry agreement = queries.live(id);
        return Versions.created(AgreementResponse.StepResponse.from(step(agreement, state, position)), agreement.version(),
                position);
    }

    @DeleteMapping("/{state}/steps/{position}")
    ResponseEntity<Void> removeStep(@PathVariable long id, @PathVariable String state, @PathVariable int position,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestParam(required = false) @Nullable String reason) {
        String why = DeletionReasons.required(reason, "step");
        agreements.removeStep(id, Versions.expected(ifMatch), code(state), position, why);
        return removed(id);
    }

    /** 204, with the agreement's new version as ETag for the next write. */
    private ResponseEntity<Void> removed(long id) {
        return ResponseEntity.noContent().eTag(Versions.etag(queries.live(id).version())).build();
    }

    private static AgreementEntry.ParticipationEntry participation(AgreementEntry agreement, String state) {
        return agreement.participationOf(code(state)).orElseThrow(() -> NotFoundException.describing(
                "participation of " + code(state) + " in agreement " + agreement.id()));
    }

    private static AgreementEntry.StepEntry step(AgreementEntry agreement, String state, int position) {
        return participation(agreement, state).stepAt(position).orElseThrow(() -> NotFoundException.describing(
                "step " + position + " of " + code(state) + " in agreement " + agreement.id()));
    }

    private static String code(String state) {
        return state.strip().toUpperCase(Locale.ROOT);
    }
}
