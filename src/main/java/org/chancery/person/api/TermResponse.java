package org.chancery.person.api;


import org.chancery.person.OfficeEntry;
import org.jspecify.annotations.Nullable;

/** Who held an office from when to when; an unknown bound is null, and read as open. */
public record TermResponse(long id, long officeId, long personId, @Nullable String from, @Nullable String to) {

    static TermResponse from(OfficeEntry.Term term) {
        return new TermResponse(term.id(), term.officeId(), term.personId(), term.from(), term.to());
    }
}
