package org.chancery.event;

import org.chancery.event.timeline.TimelineEntry;

/**
 * An event a new entry may repeat, as the similar-events panel lists it.
 *
 * @param entry     the event
 * @param stepEntry whether it is an agreement step's own timeline entry (V170): it follows its
 *                  step, so sources join it through the step on the agreement's page, not by a merge
 */
public record SimilarEvent(TimelineEntry entry, boolean stepEntry) {
}
