package org.chancery.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.chancery.common.NotFoundException;
import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.chancery.common.VersionedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A post such as "Minister of Foreign Affairs of Israel", with the terms of those who held
 * it. The office refuses a term that overlaps another, so who held it on any day is never
 * in doubt (the database refuses it too).
 */
@Entity
@Table(name = "office")
public class Office extends VersionedEntity {

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_ru", nullable = false)
    private String titleRu;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "state_code", length = 2, nullable = false)
    private String stateCode;

    @Column(name = "institution_id")
    private @Nullable Long institutionId;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "office_id", nullable = false)
    @OrderBy("heldFrom ASC NULLS FIRST")
    private List<OfficeTerm> terms = new ArrayList<>();

    protected Office() {
        this.titleEn = this.titleRu = this.stateCode = "";
    }

    public Office(String titleEn, String titleRu, String stateCode, @Nullable Long institutionId) {
        this.titleEn = this.titleRu = this.stateCode = "";
        revise(titleEn, titleRu, stateCode, institutionId);
    }

    /** @throws RuleViolationException without a title in both languages */
    public void revise(String titleEn, String titleRu, String stateCode, @Nullable Long institutionId) {
        if (titleEn.isBlank() || titleRu.isBlank()) {
            throw new RuleViolationException("office-titles", "An office needs a title in English and in Russian.");
        }
        this.titleEn = titleEn.strip();
        this.titleRu = titleRu.strip();
        this.stateCode = stateCode;
        this.institutionId = institutionId;
    }

    /**
     * Records that {@code person} held this office from {@code from} to {@code to}; either
     * may be unknown (null).
     *
     * @throws RuleViolationException if the term overlaps someone's term in this office
     */
    public OfficeTerm appoint(Person person, @Nullable UncertainDate from, @Nullable UncertainDate to) {
        if (person.getId() == null) {
            throw new IllegalArgumentException("the person must be saved first");
        }
        OfficeTerm term = new OfficeTerm(person.getId(), from, to);
        refuseOverlap(term, null);
        terms.add(term);
        return term;
    }

    private void refuseOverlap(OfficeTerm term, @Nullable OfficeTerm replaced) {
        for (OfficeTerm existing : terms) {
            if (existing != replaced && existing.overlaps(term)) {
                throw new RuleViolationException("office-one-holder",
                        "Someone already holds the office of " + titleEn + " during "
                                + describe(term.getFrom(), term.getTo()) + "; end that term first.");
            }
        }
    }

    /**
     * Moves the start and end of a term, such as to record that its holder left the office;
     * either may be unknown (null).
     *
     * @return the term, with its new bounds
     * @throws NotFoundException if the office has no such term
     * @throws RuleViolationException  if the term would then overlap another, or end before it starts
     */
    public OfficeTerm reviseTerm(long termId, @Nullable UncertainDate from, @Nullable UncertainDate to) {
        OfficeTerm term = term(termId).orElseThrow(() -> NotFoundException.forId("term of this office", termId));
        OfficeTerm revised = new OfficeTerm(term.getPersonId(), from, to);
        refuseOverlap(revised, term);
        term.rebound(from, to);
        return term;
    }

    /**
     * Takes back a term recorded in error (to change a term's bounds, take it back and
     * appoint again).
     *
     * @return the term taken back
     * @throws NotFoundException if the office has no such term
     */
    public OfficeTerm withdraw(long termId) {
        OfficeTerm term = term(termId).orElseThrow(() -> NotFoundException.forId("term of this office", termId));
        terms.remove(term);
        return term;
    }

    public Optional<OfficeTerm> term(long termId) {
        return terms.stream().filter(term -> Long.valueOf(termId).equals(term.getId())).findFirst();
    }

    /** Who may have held this office on {@code day}, if the record knows (one who surely did first). */
    public Optional<Long> holderOn(LocalDate day) {
        return terms.stream().filter(term -> term.covers(day)).map(OfficeTerm::getPersonId).findFirst();
    }

    private static String describe(@Nullable UncertainDate from, @Nullable UncertainDate to) {
        return (from == null ? "an unknown start" : from.toEdtf()) + " – " + (to == null ? "an unknown end" : to.toEdtf());
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleRu() {
        return titleRu;
    }

    public String getStateCode() {
        return stateCode;
    }

    public @Nullable Long getInstitutionId() {
        return institutionId;
    }

    public List<OfficeTerm> getTerms() {
        return Collections.unmodifiableList(terms);
    }
}
