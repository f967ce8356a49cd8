package org.chancery.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.chancery.source.Citation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One state in one agreement, with its dated steps. The participation guards the order of
 * its steps: {@link #record} refuses a step that may not follow the current stage, and one
 * dated before the step it follows.
 */
@Entity
@Table(name = "participation")
public class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "state_code", length = 2, nullable = false)
    private String stateCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ParticipationRole role;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "participation_id", nullable = false)
    @OrderBy("position")
    private List<ParticipationStep> steps = new ArrayList<>();

    protected Participation() {
        this.stateCode = "";
        this.role = ParticipationRole.PARTY;
    }

    Participation(String stateCode, ParticipationRole role) {
        this.stateCode = Objects.requireNonNull(stateCode, "stateCode");
        this.role = role;
    }

    /**
     * Records the next step of this state's participation.
     *
     * @throws RuleViolationException if the step may not follow the current stage, is dated
     *         before it, or the state is not a party
     */
    public ParticipationStep record(Step step, UncertainDate date, Citation citation) {
        if (role != ParticipationRole.PARTY) {
            throw new RuleViolationException("participation-step-needs-party",
                    stateCode + " takes part as " + role.name().toLowerCase() + ", not as a party, so it takes no steps.");
        }
        Optional<ParticipationStep> latest = latestStep();
        Step current = latest.map(ParticipationStep::getStep).orElse(null);
        if (!step.mayFollow(current)) {
            throw new RuleViolationException("participation-step-order", current == null
                    ? "A participation cannot begin with " + step + "; it begins with ANNOUNCED, SIGNED or ACCESSION."
                    : step + " cannot follow " + current + "; after " + current + " may come " + Step.allowedAfter(current) + ".");
        }
        if (latest.isPresent() && date.latest().isBefore(latest.get().getDate().earliest())) {
            throw new RuleViolationException("participation-step-chronology",
                    step + " dated " + date + " cannot come before " + current + " dated " + latest.get().getDate() + ".");
        }
        ParticipationStep recorded = new ParticipationStep(steps.size() + 1, step, date, citation);
        steps.add(recorded);
        return recorded;
    }

    /**
     * Removes the latest step, entered by mistake. Only the latest: every other step is what
     * a later one follows, so the path is corrected from its end, one step at a time.
     *
     * @throws RuleViolationException if {@code position} is not the latest step's
     */
    public ParticipationStep removeLatestStep(int position) {
        ParticipationStep latest = latestStep().orElseThrow(() -> new RuleViolationException("participation-step-not-latest",
                stateCode + " has no steps to remove."));
        if (latest.getPosition() != position) {
            throw new RuleViolationException("participation-step-not-latest", "Only the latest step of " + stateCode
                    + " (position " + latest.getPosition() + ", " + latest.getStep() + ") can be removed; "
                    + "remove the steps after position " + position + " first, the latest first.");
        }
        steps.removeLast();
        return latest;
    }

    public Optional<ParticipationStep> stepAt(int position) {
        return steps.stream().filter(step -> step.getPosition() == position).findFirst();
    }

    public Optional<ParticipationStep> latestStep() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.getLast());
    }

    /** The stage the state has reached, or empty where it has taken no step. */
    public Optional<Step> stage() {
        return latestStep().map(ParticipationStep::getStep);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getStateCode() {
        return stateCode;
    }

    public ParticipationRole getRole() {
        return role;
    }

    public List<ParticipationStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
