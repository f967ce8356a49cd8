package org.chancery.event.api;

import org.chancery.common.api.ApiController;
import org.chancery.state.States;
import org.chancery.timeline.Timeline;
import org.chancery.timeline.TimelinePage;
import org.chancery.timeline.TimelineParameters;
import org.chancery.topic.Topics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /api/v1/events}: the timeline for scripts, filtered and paged like the pages. */
@ApiController("/api/v1/events")
class EventApiController {

    private final Timeline timeline;
    private final States states;
    private final Topics topics;

    EventApiController(Timeline timeline, States states, Topics topics) {
        this.timeline = timeline;
        this.states = states;
        this.topics = topics;
    }

    @GetMapping
    EventPageResponse list(TimelineParameters parameters) {
        TimelineParameters.Parsed query = parameters.parse(states::existsByCode, topics::existsByCode);
        TimelinePage page = timeline.page(query.filter(), query.cursor(), query.limit());
        String next = page.next() == null ? null
                : ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("cursor", page.next().encode())
                        .build().toUriString();
        return new EventPageResponse(page.entries().stream().map(EventResponse::from).toList(), query.limit(), next);
    }
}
