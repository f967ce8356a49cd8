/**
 * An event's page, {@code /events/{id}}: everything recorded, each source with its words.
 */
@NullMarked
package org.chancery.event.web;

import org.jspecify.annotations.NullMarked;
