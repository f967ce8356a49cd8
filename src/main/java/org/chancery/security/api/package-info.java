/**
 * The personal access tokens resource of the JSON API.
 */
@NullMarked
package org.chancery.security.api;

import org.jspecify.annotations.NullMarked;
