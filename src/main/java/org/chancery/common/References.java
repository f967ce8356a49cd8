package org.chancery.common;

import java.util.ArrayList;
import java.util.List;

/**
 * What still refers to a record that is about to be deleted, counted by kind, so that the
 * refusal can say exactly what stands in the way ("2 events and 1 office").
 */
public final class References {

    private final List<String> parts = new ArrayList<>();

    /** Adds {@code count} records of a kind, named in the singular and the plural. */
    public References count(long count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
        return this;
    }

    public boolean any() {
        return !parts.isEmpty();
    }

    /**
     * @param prefix what the record is to them, such as "This source is cited by"
     * @param advice what to do first, such as "cite another source there"
     * @throws RuleViolationException when anything refers to the record
     */
    public void refuseDeletion(String rule, String prefix, String advice) {
        if (any()) {
            throw new RuleViolationException(rule, prefix + " " + this + "; " + advice);
        }
    }

    @Override
    public String toString() {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "nothing" : parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }
}
