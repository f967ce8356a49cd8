/**
 * What every resource of the JSON API shares: problem details (RFC 9457) for every error.
 */
@NullMarked
package org.chancery.common.api;

import org.jspecify.annotations.NullMarked;
