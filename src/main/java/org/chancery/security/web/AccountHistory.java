package org.chancery.security.web;

import java.time.Instant;
import java.util.List;

import org.chancery.audit.ChangeAction;
import org.chancery.audit.ChangeLog.ChangeEntry;
import org.chancery.audit.FieldChange;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** An account's change log as its page shows it: newest first, each field with its values as text. */
record AccountHistory(Instant at, String actor, ChangeAction action, List<Field> fields) {

    /**
     * One field's change. A concealed one (the password) has neither value: the log never
     * held them.
     */
    record Field(String name, @Nullable String before, @Nullable String after) {

        public boolean concealed() {
            return before == null && after == null;
        }
    }

    static List<AccountHistory> of(List<ChangeEntry> entries) {
        return entries.reversed().stream()
                .map(entry -> new AccountHistory(entry.changedAt(), entry.actor(), entry.action(),
                        entry.changes().stream().map(AccountHistory::field).toList()))
                .toList();
    }

    private static Field field(FieldChange change) {
        return new Field(change.field(), text(change.before()), text(change.after()));
    }

    private static @Nullable String text(@Nullable JsonNode value) {
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
    }
}
