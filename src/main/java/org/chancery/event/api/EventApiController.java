package org.chancery.event.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.chancery.audit.ChangeLog;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.RecordNotFoundException;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.DeletionReasons;
import org.chancery.common.api.MergePatch;
import org.chancery.common.api.PageResponse;
import org.chancery.common.api.Versions;
import org.chancery.event.EventCommand;
import org.chancery.event.EventService;
import org.chancery.state.States;
import org.chancery.timeline.Timeline;
import org.chancery.timeline.TimelineEntry;
import org.chancery.timeline.TimelinePage;
import org.chancery.timeline.TimelineParameters;
import org.chancery.topic.Topics;
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
 * {@code /api/v1/events}: the timeline for scripts, filtered and paged like the pages, and
 * the writes of editors. Every representation carries its version as an ETag; writes name
 * it in If-Match.
 */
@ApiController("/api/v1/events")
class EventApiController {

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
    PageResponse<EventResponse> list(TimelineParameters parameters) {
        TimelineParameters.Parsed query = parameters.parse(states::existsByCode, topics::existsByCode);
        TimelinePage page = query.updatedSince() == null
                ? timeline.page(query.filter(), query.order(), query.dateCursor(), query.limit())
                : timeline.changesSince(query.filter(), query.updatedSince(), query.changeCursor(), query.limit());
        List<EventResponse> items = new ArrayList<>();
        List<PageResponse.Tombstone> deleted = new ArrayList<>();
        for (TimelineEntry entry : page.entries()) {
            if (entry.deletedAt() == null) {
                items.add(EventResponse.from(entry));
            } else {
                deleted.add(new PageResponse.Tombstone(entry.id(), entry.deletedAt(), entry.updatedAt()));
            }
        }
        String next = page.next() == null ? null : PageResponse.nextLink(page.next().encode());
        Long total = query.count() ? timeline.count(query.filter()) : null;
        return new PageResponse<>(items, query.updatedSince() == null ? null : deleted, total, query.limit(), next);
    }

    @GetMapping("/{id}")
    ResponseEntity<EventResponse> get(@PathVariable long id, WebRequest request) {
        return Versions.conditional(request, Versions.etag(events.live(id).getVersion()), () -> read(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EventResponse> create(@Valid @RequestBody EventCommand command) {
        long id = events.create(command).savedId();
        EventResponse created = read(id);
        return Versions.created(created, created.version(), id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EventResponse> replace(@PathVariable long id, ExpectedVersion expected,
            @Valid @RequestBody EventCommand command) {
        events.replace(id, expected, command);
        return current(id);
    }

    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    ResponseEntity<EventResponse> patch(@PathVariable long id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        events.patch(id, expected, patch);
        return current(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, ExpectedVersion expected,
            @RequestParam(required = false) @Nullable String reason) {
        events.delete(id, expected, DeletionReasons.required(reason, "event"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<EventResponse> restore(@PathVariable long id) {
        events.restore(id);
        return current(id);
    }

    @GetMapping("/{id}/history")
    List<ChangeLog.ChangeEntry> history(@PathVariable long id) {
        return events.history(id);
    }

    private ResponseEntity<EventResponse> current(long id) {
        EventResponse response = read(id);
        return Versions.current(response, response.version());
    }

    private EventResponse read(long id) {
        return EventResponse.from(timeline.entry(id).orElseThrow(() -> RecordNotFoundException.forId("event", id)));
    }
}
