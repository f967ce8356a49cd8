/**
 * What every feature really shares: uncertain dates, the base of versioned records and the
 * exception for a broken domain rule.
 */
@NullMarked
package org.chancery.common;

import org.jspecify.annotations.NullMarked;
