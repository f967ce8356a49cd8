/**
 * The timeline page: filters in the query string, events by year and month, keyset pages.
 */
@NullMarked
package org.chancery.event.timeline.web;

import org.jspecify.annotations.NullMarked;
