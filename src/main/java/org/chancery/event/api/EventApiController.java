package org.chancery.event.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.chancery.audit.api.AuditedRecordController;
import org.chancery.common.NotFoundException;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.PageResponse;
import org.chancery.common.web.RecordVersionTagged;
import org.chancery.common.web.RecordVersionTags;
import org.chancery.event.Event;
import org.chancery.event.EventCommand;
import org.chancery.event.EventQueries;
import org.chancery.event.EventService;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.event.timeline.TimelineItems;
import org.chancery.event.timeline.TimelinePage;
import org.chancery.state.StateQueries;
import org.chancery.topic.TopicQueries;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;

import tools.jackson.databind.json.JsonMapper;

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
    private final JsonMapper json;

    EventApiController(EventQueries queries, EventService events, StateQueries states, TopicQueries topics, JsonMapper json) {
        super(events, "event");
        this.queries = queries;
        this.states = states;
        this.topics = topics;
        this.json = json;
    }

    @GetMapping
    @RecordVersionTagged(readByHandler = true)
    @Operation(summary = "List events, newest first, filtered and paged by cursor",
            description = "Follow next for the following page; with updatedSince the pages run in change order and "
                    + "deleted events come as tombstones in deleted.",
            responses = @ApiResponse(responseCode = "200", description = "OK", content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = EventPage.class))))
    ResponseEntity<?> list(@ParameterObject TimelineParameters parameters, HttpServletRequest request) {
        TimelineParameters.Parsed query = parameters.parseLookingUpLater(states::exists, topics::exists);
        if (query.updatedSince() != null) {
            RecordVersionTags.tag(request, null);
            return ResponseEntity.ok(changes(query));
        }
        TimelineItems page = queries.items(query.filter(), query.order(), query.dateCursor(), query.limit(), query.count());
        if (page.items().isEmpty()) {
            parameters.requireKnown(states::exists, topics::exists);
        }
        RecordVersionTags.tag(request, page.recordVersion());
        // The items are the stored documents as they are (V160), not read into records and written
        // again, nor even decoded: their bytes go into the answer as PostgreSQL sent them.
        ByteArrayOutputStream body = new ByteArrayOutputStream(page.items().size() * 1_500 + 200);
        body.writeBytes(utf8("{\"items\":["));
        for (int i = 0; i < page.items().size(); i++) {
            if (i > 0) {
                body.write(',');
            }
            body.writeBytes(page.items().get(i));
        }
        String next = page.next() == null ? "null" : json.writeValueAsString(PageResponse.nextLink(page.next().encode()));
        body.writeBytes(utf8("],\"deleted\":null,\"total\":" + page.total() + ",\"limit\":" + query.limit()
                + ",\"next\":" + next + ",\"resume\":null}"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body.toByteArray());
    }

    /** The sync pages (updatedSince): live events and tombstones, through the records. */
    private PageResponse<EventResponse> changes(TimelineParameters.Parsed query) {
        TimelinePage page = queries.changesSince(query.filter(), query.updatedSince(), query.changeCursor(), query.limit());
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
        return new PageResponse<>(items, deleted, total, query.limit(), next, resume);
    }

    /** What {@link #list} answers, {@code PageResponse<EventResponse>}, named for the OpenAPI document (springdoc). */
    @Schema(name = "PageResponseEventResponse")
    public record EventPage(List<EventResponse> items, @Nullable List<PageResponse.Tombstone> deleted,
            @Nullable Long total, int limit, @Nullable String next, @Nullable String resume) {
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

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
