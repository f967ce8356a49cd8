/**
 * The read model across features: events newest first, filtered and paged by keyset.
 */
@NullMarked
package org.chancery.event.timeline;

import org.jspecify.annotations.NullMarked;
