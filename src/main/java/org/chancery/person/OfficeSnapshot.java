package org.chancery.person;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.chancery.common.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * An office as its history keeps it: what {@link OfficeCommand} writes and the terms held in
 * it, so that a change to either shows in the office's history field by field.
 */
public record OfficeSnapshot(Bilingual title, String state, @Nullable Long institutionId, List<Term> terms) {

    public record Term(@Nullable Long id, long personId, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    public static OfficeSnapshot of(Office office) {
        OfficeCommand form = OfficeCommand.from(office);
        return new OfficeSnapshot(form.title(), form.state(), form.institutionId(), office.getTerms().stream()
                .map(term -> new Term(term.getId(), term.getPersonId(), term.getHeldFrom(), term.getHeldTo()))
                .sorted(Comparator.comparing(Term::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }
}
