/**
 * The events resource of the JSON API.
 */
@NullMarked
package org.chancery.event.api;

import org.jspecify.annotations.NullMarked;
