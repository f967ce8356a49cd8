/**
 * The sources' pages: {@code /sources}, each source with what cites it, and the staff's form.
 */
@NullMarked
package org.chancery.source.web;

import org.jspecify.annotations.NullMarked;
