package org.chancery.event.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chancery.audit.ChangeLog;
import org.chancery.common.RecordNotFoundException;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.InvalidParameterException;
import org.chancery.common.api.MergePatch;
import org.chancery.common.api.Versions;
import org.chancery.event.Event;
import org.chancery.event.EventCommand;
import org.chancery.event.EventService;
import org.chancery.state.States;
import org.chancery.timeline.Timeline;
import org.chancery.timeline.TimelineEntry;
import org.chancery.timeline.TimelinePage;
import org.chancery.timeline.TimelineParameters;
import org.chancery.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/events}: the timeline for scripts, filtered and paged like the pages, and
 * the writes of editors. Every representation carries its version as an ETag; writes name
 * it in If-Match.
 */
@ApiController("/api/v1/events")
@Tag(name = "Events", description = "Visits, calls, meetings, memoranda, agreement steps, statements, forums, transport links")
class EventApiController {

    static final String IF_MATCH = "the ETag of the version this change was made against, e.g. \"3\"; "
            + "without it the write is refused (428), with a stale one too (412)";

    static final String EXAMPLE = """
            {"kind": "VISIT", "status": "HAPPENED",
             "title": {"en": "Israeli Foreign Minister Gideon Saar visits Astana",
                       "ru": "Визит министра иностранных дел Израиля Гидеона Саара в Астану"},
             "date": "2026-01-27",
             "place": {"name": {"en": "Astana", "ru": "Астана"}, "state": "KZ"},
             "visit": {"level": "MINISTERIAL"},
             "states": [{"code": "IL", "side": "GUEST"}, {"code": "KZ", "side": "HOST"}],
             "participants": [{"personId": 5, "role": "GUEST"}, {"personId": 1, "role": "HOST"}],
             "topics": ["water", "ai"],
             "sources": [{"sourceId": 4, "quotedPassage": "Визит главы МИД Израиля Гидеона Саара в Астану 27 января …"}]}""";

    private final Timeline timeline;
    private final EventService events;
    private final States states;
    private final Topics topics;

    EventApiController(Timeline timeline, EventService events, States states, Topics topics) {
        this.timeline = timeline;
        this.events = events;
        this.states = states;
        this.topics = topics;
    }

    @GetMapping
    @Operation(summary = "List events, newest first, filtered and paged by cursor",
            description = "Follow next for the following page; with updatedSince the pages run in change order and "
                    + "deleted events come as tombstones in deleted.")
    EventPageResponse list(@ParameterObject TimelineParameters parameters) {
        TimelineParameters.Parsed query = parameters.parse(states::existsByCode, topics::existsByCode);
        TimelinePage page = query.updatedSince() == null
                ? timeline.page(query.filter(), query.order(), query.dateCursor(), query.limit())
                : timeline.changesSince(query.filter(), query.updatedSince(), query.changeCursor(), query.limit());
        List<EventResponse> items = new ArrayList<>();
        List<EventPageResponse.Tombstone> deleted = new ArrayList<>();
        for (TimelineEntry entry : page.entries()) {
            if (entry.deletedAt() == null) {
                items.add(EventResponse.from(entry));
            } else {
                deleted.add(new EventPageResponse.Tombstone(entry.id(), entry.deletedAt(), entry.updatedAt()));
            }
        }
        String next = page.next() == null ? null
                : ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("cursor", page.next().encode())
                        .replaceQueryParam("count")
                        .build().toUriString();
        Long total = query.count() ? timeline.count(query.filter()) : null;
        return new EventPageResponse(items, query.updatedSince() == null ? null : deleted, total, query.limit(), next);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event, with its ETag", responses = {
            @ApiResponse(responseCode = "200", description = "The event"),
            @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match"),
            @ApiResponse(responseCode = "410", description = "The event was deleted",
                    content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<EventResponse> get(@PathVariable long id, WebRequest request) {
        Event event = events.live(id);
        String etag = Versions.etag(event.getVersion());
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(read(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an event (editors)", responses =
            @ApiResponse(responseCode = "201", description = "Created; Location and ETag name it"))
    ResponseEntity<EventResponse> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject(name = "visit", value = EXAMPLE))) @Valid @RequestBody EventCommand command) {
        long id = idOf(events.create(command));
        EventResponse created = read(id);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).eTag(Versions.etag(created.version())).body(created);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace an event (editors); If-Match names the version replaced")
    ResponseEntity<EventResponse> replace(@PathVariable long id,
            @Parameter(description = IF_MATCH, required = true)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody EventCommand command) {
        events.replace(id, Versions.expected(ifMatch), command);
        return current(id);
    }

    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of an event with a JSON merge patch, RFC 7396 (editors)")
    ResponseEntity<EventResponse> patch(@PathVariable long id,
            @Parameter(description = IF_MATCH, required = true)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    examples = @ExampleObject(name = "redate", value = "{\"date\": \"2026-03-12\"}")))
            @RequestBody JsonNode patch) {
        events.patch(id, Versions.expected(ifMatch), patch);
        return current(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an event (editors); it is kept, marked deleted, with the reason",
            responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    ResponseEntity<Void> delete(@PathVariable long id,
            @Parameter(description = IF_MATCH, required = true)
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Parameter(description = "why the event is deleted; kept in its history", required = true)
            @RequestParam(required = false) @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidParameterException(List.of(new InvalidParameterException.InvalidParameter("reason",
                    "say why the event is deleted (?reason=…); it is kept in the history")));
        }
        events.delete(id, Versions.expected(ifMatch), reason);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Restore a deleted event (admins)")
    ResponseEntity<EventResponse> restore(@PathVariable long id) {
        events.restore(id);
        return current(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every change of an event: who, when, each field before and after")
    List<ChangeLog.ChangeEntry> history(@PathVariable long id) {
        return events.history(id);
    }

    private ResponseEntity<EventResponse> current(long id) {
        EventResponse response = read(id);
        return ResponseEntity.ok().eTag(Versions.etag(response.version())).body(response);
    }

    private EventResponse read(long id) {
        return EventResponse.from(timeline.entry(id).orElseThrow(() -> RecordNotFoundException.forId("event", id)));
    }

    private static long idOf(Event event) {
        Long id = event.getId();
        if (id == null) {
            throw new IllegalStateException("a saved event has an id");
        }
        return id;
    }
}
