/**
 * The planned events of the record as an iCalendar feed (RFC 5545) to subscribe to.
 */
@NullMarked
package org.chancery.calendar;

import org.jspecify.annotations.NullMarked;
