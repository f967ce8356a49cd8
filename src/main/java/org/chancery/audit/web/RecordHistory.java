package org.chancery.audit.web;

import java.time.Instant;
import java.util.List;

import org.chancery.audit.ChangeAction;
import org.chancery.audit.ChangeLog.ChangeEntry;
import org.chancery.audit.FieldChange;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One entry of a record's history as its page shows it (the page lists them newest first):
 * who, when, what happened and each field before and after, as text.
 *
 * @param restorable whether an admin may put this version back: it is not the version in
 *                   place, and the history kept the record as it stood then
 */
public record RecordHistory(long version, Instant at, String actor, ChangeAction action, @Nullable String reason,
        List<Field> fields, boolean restorable) {

    /** One field's change; {@code name} is a dotted path such as {@code title.en}. */
    public record Field(String name, @Nullable String before, @Nullable String after) {
    }

    /** The entries, newest first. */
    public static List<RecordHistory> of(List<ChangeEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        ChangeEntry latest = entries.getLast();
        boolean deleted = latest.action() == ChangeAction.DELETED;
        return entries.reversed().stream()
                .map(entry -> new RecordHistory(entry.version(), entry.changedAt(), entry.actor(), entry.action(),
                        entry.reason(), entry.changes().stream().map(RecordHistory::field).toList(),
                        !deleted && entry.version() != latest.version() && entry.snapshot() != null
                                && entry.action() != ChangeAction.DELETED))
                .toList();
    }

    private static Field field(FieldChange change) {
        return new Field(change.field(), text(change.before()), text(change.after()));
    }

    /** A value as a reader sees it: text as itself, lists and objects as compact JSON. */
    static @Nullable String text(@Nullable JsonNode value) {
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
    }
}
