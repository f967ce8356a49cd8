/**
 * The agreements of the JSON API, with their participations and steps as sub-resources.
 */
@NullMarked
package org.chancery.agreement.api;

import org.jspecify.annotations.NullMarked;
