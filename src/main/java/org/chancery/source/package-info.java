/**
 * Sources and the citations that tie a fact to a passage of one.
 */
@NullMarked
package org.chancery.source;

import org.jspecify.annotations.NullMarked;
