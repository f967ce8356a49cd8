/**
 * Drafts from an article: staff paste a news article and get the events, economic figures and
 * agreement steps it reports as proposals, each to be confirmed in the record's own form.
 * Nothing here writes to the record.
 */
@NullMarked
package org.chancery.draft;

import org.jspecify.annotations.NullMarked;
