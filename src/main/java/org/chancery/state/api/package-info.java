/**
 * The states resource of the JSON API: the ISO 3166-1 list, read only.
 */
@NullMarked
package org.chancery.state.api;

import org.jspecify.annotations.NullMarked;
