/**
 * The institutions resource of the JSON API.
 */
@NullMarked
package org.chancery.institution.api;

import org.jspecify.annotations.NullMarked;
