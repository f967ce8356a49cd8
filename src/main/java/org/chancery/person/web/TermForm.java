package org.chancery.person.web;

import java.util.Locale;

import org.chancery.person.OfficeQueries.HeldTerm;
import org.jspecify.annotations.Nullable;

/**
 * A term's start and end as typed, with the version of its office they were read at (a term
 * is a part of its office).
 */
record TermForm(@Nullable String from, @Nullable String to, @Nullable Long version) {

    static TermForm from(HeldTerm term, Locale locale) {
        return new TermForm(TermDates.typed(term.from(), locale), TermDates.typed(term.to(), locale), term.officeVersion());
    }

    TermForm withVersion(long savedVersion) {
        return new TermForm(from, to, savedVersion);
    }
}
