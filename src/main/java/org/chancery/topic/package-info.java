/**
 * The small bilingual vocabulary of topics analysts filter by.
 */
@NullMarked
package org.chancery.topic;

import org.jspecify.annotations.NullMarked;
