package org.chancery.source.web;

import org.chancery.source.SourceCommand;
import org.jspecify.annotations.Nullable;

/**
 * A form's source once read: an existing source by id, or a new one to add in the same
 * transaction as the record that cites it, and the passage.
 */
public record CitedPassage(@Nullable Long sourceId, @Nullable SourceCommand newSource, String passage) {
}
