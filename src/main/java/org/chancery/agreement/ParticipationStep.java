package org.chancery.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chancery.common.UncertainDate;
import org.chancery.source.Citation;
import org.jspecify.annotations.Nullable;

/** One dated step of one state in one agreement, with the source that reports it. */
@Entity
@Table(name = "participation_step")
public class ParticipationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Step step;

    @Embedded
    private UncertainDate date;

    @Embedded
    private Citation citation;

    @SuppressWarnings("NullAway")
    protected ParticipationStep() {
        this.step = Step.ANNOUNCED;
    }

    ParticipationStep(int position, Step step, UncertainDate date, Citation citation) {
        this.position = position;
        this.step = step;
        this.date = date;
        this.citation = citation;
    }

    public @Nullable Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Step getStep() {
        return step;
    }

    public UncertainDate getDate() {
        return date;
    }

    public Citation getCitation() {
        return citation;
    }
}
