/**
 * The draft page, {@code /events/draft}: the pasted article and the drafts proposed from it,
 * each with a link that opens the record's form filled in.
 */
@NullMarked
package org.chancery.draft.web;

import org.jspecify.annotations.NullMarked;
