package org.chancery.event;

import java.util.Optional;

import org.chancery.common.Bilingual;
import org.chancery.common.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * Persons the event form creates as it saves an event (someone the article names whom the
 * record does not hold yet), each with the office they held on the event's day. The person
 * feature writes them, audited as any of its writes, in the transaction that saves the event:
 * it depends on this feature, so the event form asks through this interface, as it does for the
 * record's office that a new person's typed title names.
 */
public interface NewPersons {

    /**
     * Creates the person and, when given, their term in the office (the live office of that
     * state and title, else a new one).
     *
     * @return the new person's id
     * @throws org.chancery.common.RuleViolationException when the office is held by someone
     *         else in that time (nothing is written then: the caller's transaction is undone)
     */
    long create(NewPerson person);

    /**
     * The record's office a typed title names: the one so titled (English or Russian, case
     * aside), else the one office every typed word is part of the titles of; empty when none or
     * several (the person feature's {@code OfficeQueries.named}).
     */
    Optional<KnownOffice> office(String typed);

    /** An office of the record, as a new person's office fields take it whole: the institution's name in English. */
    record KnownOffice(Bilingual title, String state, @Nullable Long institutionId, @Nullable String institution) {
    }

    /** A new person, named in both languages, with the office they held, if the article gives it. */
    record NewPerson(Bilingual name, @Nullable HeldOffice office) {
    }

    /**
     * An office held: its title in both languages, its state, the institution it sits in, if
     * any, and since when (the event's date when the article says no more). The end is unknown.
     */
    record HeldOffice(Bilingual title, String state, @Nullable Long institutionId, UncertainDate since) {
    }
}
