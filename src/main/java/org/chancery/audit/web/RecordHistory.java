package org.chancery.audit.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.chancery.audit.ChangeAction;
import org.chancery.audit.ChangeLog;
import org.chancery.audit.ChangeLog.ChangeEntry;
import org.chancery.audit.FieldChange;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One entry of a record's history as its page shows it (the page lists them newest first):
 * who, when, what happened and each field before and after, as text.
 *
 * @param at         when; null for the version a record had before its history began
 * @param actor      who; null likewise
 * @param restorable whether an admin may put this version back: it is not the version in
 *                   place, and the history leads back to the record as it stood then
 */
public record RecordHistory(long version, @Nullable Instant at, @Nullable String actor, ChangeAction action,
        @Nullable String reason, List<Field> fields, boolean restorable) {

    /**
     * One field's change; {@code name} is a dotted path such as {@code title.en}, {@code label}
     * what a reader calls it, {@code before} and {@code after} the values as text, and the
     * values as the log keeps them ({@link HistoryText} makes them readable).
     */
    public record Field(String name, String label, @Nullable String before, @Nullable String after,
            @Nullable JsonNode beforeValue, @Nullable JsonNode afterValue) {
    }

    /** The same entry with its fields as {@code readable} makes them. */
    RecordHistory withFields(List<Field> readable) {
        return new RecordHistory(version, at, actor, action, reason, readable, restorable);
    }

    /**
     * The entries, newest first. A record whose history does not begin with its creation (one
     * the shipped record or a migration loaded, whose first logged change is a correction or
     * an edit) gets its first version listed too, "as first recorded", so that it can be put
     * back like any other.
     */
    public static List<RecordHistory> of(List<ChangeEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        ChangeEntry latest = entries.getLast();
        boolean deleted = latest.action() == ChangeAction.DELETED;
        Predicate<Long> restorable = version -> !deleted && version != latest.version()
                && ChangeLog.snapshotAt(entries, version).isPresent();
        List<RecordHistory> shown = new ArrayList<>(entries.reversed().stream()
                .map(entry -> new RecordHistory(entry.version(), entry.changedAt(), entry.actor(), entry.action(),
                        entry.reason(), entry.changes().stream().filter(RecordHistory::visible).map(RecordHistory::field).toList(),
                        entry.action() != ChangeAction.DELETED && restorable.test(entry.version())))
                .toList());
        ChangeEntry first = entries.getFirst();
        if (first.action() != ChangeAction.CREATED && first.version() > 0) {
            long loaded = first.version() - 1;
            shown.add(new RecordHistory(loaded, null, null, ChangeAction.CREATED, null, List.of(), restorable.test(loaded)));
        }
        return List.copyOf(shown);
    }

    /** A field that was empty before and after (absent in one form, null in the other) changed nothing a reader sees. */
    private static boolean visible(FieldChange change) {
        return text(change.before()) != null || text(change.after()) != null;
    }

    private static Field field(FieldChange change) {
        return new Field(change.field(), change.field(), text(change.before()), text(change.after()),
                change.before(), change.after());
    }

    /** A value as a reader sees it: text as itself, lists and objects as compact JSON. */
    static @Nullable String text(@Nullable JsonNode value) {
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
    }
}
