package org.chancery.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderBy("stateCode")
    private List<Participation> participations = new ArrayList<>();

    protected Agreement() {
        this.nameEn = this.nameRu = "";
        this.kind = AgreementKind.OTHER;
    }

    public Agreement(String nameEn, String nameRu, AgreementKind kind, boolean multilateral, @Nullable UncertainDate opened) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
        this.kind = kind;
        this.multilateral = multilateral;
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
