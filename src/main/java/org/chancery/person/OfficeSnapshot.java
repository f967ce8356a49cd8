package org.chancery.person;

import java.util.Comparator;
import java.util.List;

import org.chancery.common.Bilingual;
import org.chancery.common.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * An office as its history keeps it: what {@link OfficeCommand} writes and the terms held in
 * it, so that a change to either shows in the office's history field by field.
 */
public record OfficeSnapshot(Bilingual title, String state, @Nullable Long institutionId, List<Term> terms) {

    /** A term, its bounds in EDTF ({@code 2020}, {@code 2024-05-07}); an unknown bound is null. */
    public record Term(@Nullable Long id, long personId, @Nullable String from, @Nullable String to) {
    }

    public static OfficeSnapshot of(Office office) {
        OfficeCommand form = OfficeCommand.from(office);
        return new OfficeSnapshot(form.title(), form.state(), form.institutionId(), office.getTerms().stream()
                .map(term -> new Term(term.getId(), term.getPersonId(), edtf(term.getFrom()), edtf(term.getTo())))
                .sorted(Comparator.comparing(Term::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    private static @Nullable String edtf(@Nullable UncertainDate date) {
        return date == null ? null : date.toEdtf();
    }
}
