/**
 * The sources resource of the JSON API.
 */
@NullMarked
package org.chancery.source.api;

import org.jspecify.annotations.NullMarked;
