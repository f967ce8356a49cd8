/**
 * The sources' pages: {@code /sources}, each source with what cites it, and the staff's form;
 * and sources in every record form: picked from the existing ones by type-ahead or added
 * inline, and written with the record that cites them.
 */
@NullMarked
package org.chancery.source.web;

import org.jspecify.annotations.NullMarked;
