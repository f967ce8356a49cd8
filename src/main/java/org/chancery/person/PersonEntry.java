package org.chancery.person;

import java.time.Instant;
import java.util.List;

import org.chancery.common.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * A person as a list shows them, with the offices they held, earliest term first. An unknown
 * start or end of a term is null, and read as open.
 */
public record PersonEntry(long id, Bilingual name, List<Term> offices, long version, Instant updatedAt) {

    /** One term in one office. */
    public record Term(long termId, long officeId, Bilingual title, String state, @Nullable Long institutionId,
            @Nullable String from, @Nullable String to) {
    }
}
