package org.chancery.common;

/**
 * A domain rule refused a change: a fact without a source, an end before its start, a treaty
 * step out of order. The message is written for the person who tried the change.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable, machine-readable name of the rule, such as {@code event-needs-source}. */
    public String rule() {
        return rule;
    }
}
