package org.chancery.person;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chancery.common.DatePrecision;
import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * One person's time in one office. Its start and end are uncertain dates, as an event's date
 * is ("since 2020", "until May 2024"); a missing start or end means the record does not know
 * it, and is read as open, so a term with neither covers every day. A term <em>may</em> cover
 * the days from the earliest its start may be to the latest its end may be, and
 * <em>surely</em> covers those from the latest its start may be to the earliest its end may
 * be; offices refuse two holders on a day either term surely covers.
 */
@Entity
@Table(name = "office_term")
public class OfficeTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    /** The earliest day the term may have begun. */
    @Column(name = "held_from")
    private @Nullable LocalDate heldFrom;

    @Column(name = "held_from_latest")
    private @Nullable LocalDate heldFromLatest;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_from_precision")
    private @Nullable DatePrecision heldFromPrecision;

    @Column(name = "held_from_approximate", nullable = false)
    private boolean heldFromApproximate;

    @Column(name = "held_to_earliest")
    private @Nullable LocalDate heldToEarliest;

    /** The latest day the term may have ended. */
    @Column(name = "held_to")
    private @Nullable LocalDate heldTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_to_precision")
    private @Nullable DatePrecision heldToPrecision;

    @Column(name = "held_to_approximate", nullable = false)
    private boolean heldToApproximate;

    protected OfficeTerm() {
        this.personId = 0L;
    }

    OfficeTerm(Long personId, @Nullable UncertainDate from, @Nullable UncertainDate to) {
        this.personId = Objects.requireNonNull(personId, "personId");
        bound(from, to);
    }

    /** New bounds for this term; the office has checked them against its other terms. */
    void rebound(@Nullable UncertainDate from, @Nullable UncertainDate to) {
        bound(from, to);
    }

    private void bound(@Nullable UncertainDate from, @Nullable UncertainDate to) {
        if (from != null && to != null && to.latest().isBefore(from.earliest())) {
            throw new RuleViolationException("date-end-before-start",
                    "A term cannot end (" + to.toEdtf() + ") before it starts (" + from.toEdtf() + ").");
        }
        this.heldFrom = from == null ? null : from.earliest();
        this.heldFromLatest = from == null ? null : from.latest();
        this.heldFromPrecision = from == null ? null : from.precision();
        this.heldFromApproximate = from != null && from.approximate();
        this.heldToEarliest = to == null ? null : to.earliest();
        this.heldTo = to == null ? null : to.latest();
        this.heldToPrecision = to == null ? null : to.precision();
        this.heldToApproximate = to != null && to.approximate();
    }

    /** Whether the term may have covered {@code day}. */
    boolean covers(LocalDate day) {
        return (heldFrom == null || !day.isBefore(heldFrom)) && (heldTo == null || !day.isAfter(heldTo));
    }

    /** Whether the days this term surely covers and those {@code other} surely covers meet. */
    boolean overlaps(OfficeTerm other) {
        if (surelyEmpty() || other.surelyEmpty()) {
            return false;
        }
        boolean startsBeforeOtherEnds = heldFromLatest == null || other.heldToEarliest == null
                || !heldFromLatest.isAfter(other.heldToEarliest);
        boolean endsAfterOtherStarts = heldToEarliest == null || other.heldFromLatest == null
                || !heldToEarliest.isBefore(other.heldFromLatest);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    private boolean surelyEmpty() {
        return heldFromLatest != null && heldToEarliest != null && heldFromLatest.isAfter(heldToEarliest);
    }

    public @Nullable Long getId() {
        return id;
    }

    /** The id of a term that has been saved. */
    public long savedId() {
        if (id == null) {
            throw new IllegalStateException("the term has not been saved yet");
        }
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    /** When the term began, as precisely as known; null when the record does not know. */
    public @Nullable UncertainDate getFrom() {
        return heldFrom == null || heldFromLatest == null || heldFromPrecision == null ? null
                : new UncertainDate(heldFrom, heldFromLatest, heldFromPrecision, heldFromApproximate);
    }

    /** When the term ended, as precisely as known; null when the record does not know (or it has not). */
    public @Nullable UncertainDate getTo() {
        return heldTo == null || heldToEarliest == null || heldToPrecision == null ? null
                : new UncertainDate(heldToEarliest, heldTo, heldToPrecision, heldToApproximate);
    }
}
