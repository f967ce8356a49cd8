package org.chancery.event.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A page of events; {@code next} is the link to the following page, absent on the last. */
public record EventPageResponse(List<EventResponse> items, int limit, @Nullable String next) {
}
