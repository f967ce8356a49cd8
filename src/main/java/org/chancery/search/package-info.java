/**
 * Search across the record: states, people, institutions, agreements and events.
 */
@NullMarked
package org.chancery.search;

import org.jspecify.annotations.NullMarked;
