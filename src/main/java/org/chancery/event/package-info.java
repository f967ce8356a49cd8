/**
 * Events: visits, calls, meetings, memoranda and the rest, with states, people, topics and sources.
 */
@NullMarked
package org.chancery.event;

import org.jspecify.annotations.NullMarked;
