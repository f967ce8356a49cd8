/**
 * What every resource of the JSON API shares: problem details (RFC 9457) for every error,
 * versions as ETags and If-Match, keyset pages with opaque cursors, and the strict reading
 * of list parameters.
 */
@NullMarked
package org.chancery.common.api;

import org.jspecify.annotations.NullMarked;
