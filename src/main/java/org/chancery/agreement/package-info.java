/**
 * Agreements and each state's dated path through one: announced, signed, in force …
 */
@NullMarked
package org.chancery.agreement;

import org.jspecify.annotations.NullMarked;
