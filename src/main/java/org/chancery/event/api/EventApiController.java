package org.chancery.event.api;

import java.util.ArrayList;
import java.util.List;

import org.chancery.common.RecordNotFoundException;
import org.chancery.common.api.ApiController;
import org.chancery.common.api.AuditedRecordController;
import org.chancery.common.api.PageResponse;
import org.chancery.event.Event;
import org.chancery.event.EventCommand;
import org.chancery.event.EventService;
import org.chancery.state.States;
import org.chancery.timeline.Timeline;
import org.chancery.timeline.TimelineEntry;
import org.chancery.timeline.TimelinePage;
import org.chancery.timeline.TimelineParameters;
import org.chancery.topic.Topics;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api/v1/events}: the timeline for scripts, filtered and paged like the pages, and
 * the writes of editors. Every representation carries its version as an ETag; writes name
 * it in If-Match.
 */
@ApiController("/api/v1/events")
class EventApiController extends AuditedRecordController<Event, EventCommand, EventResponse> {

    private final Timeline timeline;
    private final States states;
    private final Topics topics;

    EventApiController(Timeline timeline, EventService events, States states, Topics topics) {
        super(events, "event");
        this.timeline = timeline;
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

    @Override
    protected EventResponse read(long id) {
        return EventResponse.from(timeline.entry(id).orElseThrow(() -> RecordNotFoundException.forId("event", id)));
    }
}
