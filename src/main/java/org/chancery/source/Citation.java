package org.chancery.source;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.chancery.common.RuleViolationException;

/**
 * A fact's provenance: which source says it, and the passage that says it. Records that
 * cite keep the source by id, so a fact is never more than one click from its words.
 */
@Embeddable
public record Citation(
        @Column(name = "source_id", nullable = false) Long sourceId,
        @Column(name = "quoted_passage", nullable = false) String quotedPassage) {

    public Citation {
        Objects.requireNonNull(sourceId, "sourceId");
        if (quotedPassage == null || quotedPassage.isBlank()) {
            throw new RuleViolationException("citation-needs-passage",
                    "A citation needs the passage of the source that supports the fact.");
        }
    }

    public static Citation of(Source source, String quotedPassage) {
        return new Citation(Objects.requireNonNull(source.getId(), "the source must be saved first"), quotedPassage);
    }
}
