package org.chancery.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.chancery.common.SoftDeletableEntity;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/** A treaty, accords or declaration, and the states taking part, each at its own stage. */
@Entity
@Table(name = "agreement")
public class Agreement extends SoftDeletableEntity {

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AgreementKind kind;

    @Column(nullable = false)
    private boolean multilateral;

    @Column(name = "summary_en")
    private @Nullable String summaryEn;

    @Column(name = "summary_ru")
    private @Nullable String summaryRu;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "earliest", column = @Column(name = "opened_earliest")),
            @AttributeOverride(name = "latest", column = @Column(name = "opened_latest")),
            @AttributeOverride(name = "precision", column = @Column(name = "opened_precision")),
            @AttributeOverride(name = "approximate", column = @Column(name = "opened_approximate"))
    })
    private @Nullable UncertainDate opened;

    // A change to the participations is one new version of the agreement: AgreementService
    // increments the version itself, under a row lock, for steps too (which Hibernate would
    // not see as a change of the agreement), so its own increment for this collection is off.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderBy("stateCode")
    @OptimisticLock(excluded = true)
    private List<Participation> participations = new ArrayList<>();

    protected Agreement() {
        this.nameEn = this.nameRu = "";
        this.kind = AgreementKind.OTHER;
    }

    public Agreement(String nameEn, String nameRu, AgreementKind kind, boolean multilateral, @Nullable UncertainDate opened) {
        rename(nameEn, nameRu);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.multilateral = multilateral;
        this.opened = opened;
    }

    /** @throws RuleViolationException if either name is blank */
    public void rename(String nameEn, String nameRu) {
        if (nameEn.isBlank() || nameRu.isBlank()) {
            throw new RuleViolationException("agreement-needs-names", "An agreement is named in English and in Russian.");
        }
        this.nameEn = nameEn.strip();
        this.nameRu = nameRu.strip();
    }

    /**
     * @throws RuleViolationException if the agreement would become bilateral with more than
     *         two parties
     */
    public void reclassify(AgreementKind kind, boolean multilateral) {
        long parties = participations.stream().filter(p -> p.getRole() == ParticipationRole.PARTY).count();
        if (!multilateral && parties > 2) {
            throw new RuleViolationException("bilateral-two-parties",
                    nameEn + " has " + parties + " parties, so it cannot be bilateral.");
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.multilateral = multilateral;
    }

    public void describe(@Nullable String summaryEn, @Nullable String summaryRu) {
        this.summaryEn = summaryEn;
        this.summaryRu = summaryRu;
    }

    public void openedOn(@Nullable UncertainDate opened) {
        this.opened = opened;
    }

    /**
     * Adds a state to the agreement.
     *
     * @throws RuleViolationException if the state already takes part, or a bilateral
     *         agreement would get a third party
     */
    public Participation admit(String stateCode, ParticipationRole role) {
        if (participationOf(stateCode).isPresent()) {
            throw new RuleViolationException("participation-once", stateCode + " already takes part in " + nameEn + ".");
        }
        if (!multilateral && role == ParticipationRole.PARTY
                && participations.stream().filter(p -> p.getRole() == ParticipationRole.PARTY).count() >= 2) {
            throw new RuleViolationException("bilateral-two-parties", nameEn + " is bilateral and already has two parties.");
        }
        Participation participation = new Participation(stateCode, role);
        participations.add(participation);
        return participation;
    }

    /**
     * Removes a state admitted by mistake. Only one that has taken no step: a step is a
     * sourced fact, removed on its own ({@link Participation#removeLatestStep}) and from the
     * latest back.
     *
     * @throws RuleViolationException if the state has steps
     * @throws IllegalArgumentException if the state does not take part
     */
    public Participation removeParticipation(String stateCode) {
        Participation participation = participationOf(stateCode)
                .orElseThrow(() -> new IllegalArgumentException(stateCode + " does not take part in " + nameEn));
        if (!participation.getSteps().isEmpty()) {
            throw new RuleViolationException("participation-has-steps", stateCode + " has " + participation.getSteps().size()
                    + " recorded step(s) in " + nameEn + "; remove them first, the latest first.");
        }
        participations.remove(participation);
        return participation;
    }

    public Optional<Participation> participationOf(String stateCode) {
        return participations.stream().filter(p -> p.getStateCode().equals(stateCode)).findFirst();
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public boolean isMultilateral() {
        return multilateral;
    }

    public @Nullable String getSummaryEn() {
        return summaryEn;
    }

    public @Nullable String getSummaryRu() {
        return summaryRu;
    }

    public @Nullable UncertainDate getOpened() {
        return opened;
    }

    public List<Participation> getParticipations() {
        return Collections.unmodifiableList(participations);
    }
}
