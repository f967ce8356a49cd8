package org.chancery.person;

import java.time.Instant;
import java.util.List;

import org.chancery.common.Bilingual;
import org.jspecify.annotations.Nullable;

/** An office as a list shows it, with the terms of those who held it, earliest first. */
public record OfficeEntry(long id, Bilingual title, String state, @Nullable Long institutionId, List<Term> terms,
        long version, Instant updatedAt) {

    /** Who held the office from when to when; an unknown bound is null, and read as open. */
    public record Term(long id, long officeId, long personId, @Nullable String from, @Nullable String to) {
    }
}
