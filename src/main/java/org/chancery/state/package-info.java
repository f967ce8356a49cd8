/**
 * States as ISO 3166-1 lists them, keyed by their alpha-2 code.
 */
@NullMarked
package org.chancery.state;

import org.jspecify.annotations.NullMarked;
