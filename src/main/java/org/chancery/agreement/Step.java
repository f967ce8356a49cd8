package org.chancery.agreement;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The stages of one state's participation in an agreement, and which stage each may follow.
 * Accession stands in for signature and ratification for a state that joins later; in force
 * never comes before a signature or an accession; after a withdrawal only a new accession.
 */
public enum Step {
    ANNOUNCED, SIGNED, RATIFIED, ACCESSION, IN_FORCE, SUSPENDED, WITHDRAWN;

    /** Whether this step may be recorded when the participation's latest step is {@code current}. */
    public boolean mayFollow(@Nullable Step current) {
        return allowedAfter(current).contains(this);
    }

    static Set<Step> allowedAfter(@Nullable Step current) {
        if (current == null) {
            return EnumSet.of(ANNOUNCED, SIGNED, ACCESSION);
        }
        return switch (current) {
            case ANNOUNCED -> EnumSet.of(SIGNED, ACCESSION, WITHDRAWN);
            case SIGNED -> EnumSet.of(RATIFIED, IN_FORCE, SUSPENDED, WITHDRAWN);
            case RATIFIED, ACCESSION -> EnumSet.of(IN_FORCE, SUSPENDED, WITHDRAWN);
            case IN_FORCE -> EnumSet.of(SUSPENDED, WITHDRAWN);
            case SUSPENDED -> EnumSet.of(IN_FORCE, WITHDRAWN);
            case WITHDRAWN -> EnumSet.of(ACCESSION);
        };
    }
}
