package org.chancery.person;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chancery.common.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * One person's time in one office. A missing start or end means the record does not know
 * it; such a bound is read as open, so a term with neither covers every day.
 */
@Entity
@Table(name = "office_term")
public class OfficeTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "held_from")
    private @Nullable LocalDate heldFrom;

    @Column(name = "held_to")
    private @Nullable LocalDate heldTo;

    protected OfficeTerm() {
        this.personId = 0L;
    }

    OfficeTerm(Long personId, @Nullable LocalDate heldFrom, @Nullable LocalDate heldTo) {
        if (heldFrom != null && heldTo != null && heldTo.isBefore(heldFrom)) {
            throw new RuleViolationException("date-end-before-start",
                    "A term cannot end (" + heldTo + ") before it starts (" + heldFrom + ").");
        }
        this.personId = Objects.requireNonNull(personId, "personId");
        this.heldFrom = heldFrom;
        this.heldTo = heldTo;
    }

    /** New bounds for this term; the office has checked them against its other terms. */
    void rebound(@Nullable LocalDate from, @Nullable LocalDate to) {
        OfficeTerm checked = new OfficeTerm(personId, from, to);
        this.heldFrom = checked.heldFrom;
        this.heldTo = checked.heldTo;
    }

    boolean covers(LocalDate day) {
        return (heldFrom == null || !day.isBefore(heldFrom)) && (heldTo == null || !day.isAfter(heldTo));
    }

    boolean overlaps(OfficeTerm other) {
        boolean startsBeforeOtherEnds = heldFrom == null || other.heldTo == null || !heldFrom.isAfter(other.heldTo);
        boolean endsAfterOtherStarts = heldTo == null || other.heldFrom == null || !heldTo.isBefore(other.heldFrom);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
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

    public @Nullable LocalDate getHeldFrom() {
        return heldFrom;
    }

    public @Nullable LocalDate getHeldTo() {
        return heldTo;
    }
}
