/**
 * The one boundary for bad input: requests whose address, headers or form cannot be read as
 * text (invalid UTF-8, NUL and other control characters, lone surrogates) are refused with
 * 400 before any controller runs, and the error answers of the whole application (pages and
 * API) come in one format each.
 */
@NullMarked
package org.chancery.common.boundary;

import org.jspecify.annotations.NullMarked;
