/**
 * Sources in the record forms: picked from the existing ones by type-ahead or added inline,
 * and written with the record that cites them.
 */
@NullMarked
package org.chancery.source.web;

import org.jspecify.annotations.NullMarked;
