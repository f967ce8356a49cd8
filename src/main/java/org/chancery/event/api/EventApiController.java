package org.chancery.event.api;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.chancery.audit.api.AuditedRecordController;
import org.chancery.common.NotFoundException;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.PageResponse;
import org.chancery.common.web.RecordVersionTagged;
import org.chancery.event.Event;
import org.chancery.event.EventCommand;
import org.chancery.event.EventQueries;
import org.chancery.event.EventService;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.event.timeline.TimelinePage;
import org.chancery.state.StateQueries;
import org.chancery.topic.TopicQueries;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code /api/v1/events}: the timeline for scripts, filtered and paged like the pages, and
 * the writes of editors. Every representation carries its version as an ETag; writes name
 * it in If-Match.
 */
@ApiController("/api/v1/events")
@Tag(name = "Events", description = "Visits, calls, meetings, memoranda, agreement steps, statements, forums, transport links")
class EventApiController extends AuditedRecordController<Event, EventCommand, EventResponse> {

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

    private final EventQueries queries;
    private final StateQueries states;
    private final TopicQueries topics;

    EventApiController(EventQueries queries, EventService events, StateQueries states, TopicQueries topics) {
        super(events, "event");
        this.queries = queries;
        this.states = states;
        this.topics = topics;
    }

    @GetMapping
    @RecordVersionTagged
    @Operation(summary = "List events, newest first, filtered and paged by cursor",
            description = "Follow next for the following page; with updatedSince the pages run in change order and "
                    + "deleted events come as tombstones in deleted.")
    PageResponse<EventResponse> list(@ParameterObject TimelineParameters parameters) {
        TimelineParameters.Parsed query = parameters.parse(states::exists, topics::exists);
        TimelinePage page = query.updatedSince() == null
                ? queries.page(query.filter(), query.order(), query.dateCursor(), query.limit())
                : queries.changesSince(query.filter(), query.updatedSince(), query.changeCursor(), query.limit());
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
        Long total = query.count() ? queries.count(query.filter()) : null;
        String resume = page.resume() == null ? null : PageResponse.nextLink(page.resume().encode());
        return new PageResponse<>(items, query.updatedSince() == null ? null : deleted, total, query.limit(), next, resume);
    }

    @Override
    @Operation(summary = "Record an event (editors)", responses =
            @ApiResponse(responseCode = "201", description = "Created; Location and ETag name it"))
    public ResponseEntity<EventResponse> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject(name = "visit", value = EXAMPLE))) @Valid @RequestBody EventCommand command) {
        return super.create(command);
    }

    @Override
    protected EventResponse read(long id) {
        return EventResponse.from(queries.entry(id).orElseThrow(() -> NotFoundException.forId("event", id)));
    }
}
