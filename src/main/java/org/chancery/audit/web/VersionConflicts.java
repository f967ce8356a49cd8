package org.chancery.audit.web;

import java.time.Instant;
import java.util.List;

import org.chancery.audit.ChangeLog;
import org.chancery.audit.ChangeLog.ChangeEntry;
import org.chancery.audit.FieldChange;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a refused edit beside the version that was saved meanwhile. A form is saved against
 * the version it was opened on; when someone else saved first, the page shows both versions
 * field by field and who saved theirs when, and nothing is written until the user chooses.
 */
@Component
public class VersionConflicts {

    private final JsonMapper json;

    VersionConflicts(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param mine    the user's edit, in the record's write form
     * @param saved   the record as it now stands, in the same form
     * @param history the record's history, oldest first: its last entry says who saved it
     */
    public Conflict between(Object mine, Object saved, long savedVersion, List<ChangeEntry> history) {
        List<Row> rows = ChangeLog.differences(json.valueToTree(saved), json.valueToTree(mine)).stream()
                .map(VersionConflicts::row)
                .toList();
        ChangeEntry last = history.isEmpty() ? null : history.getLast();
        return new Conflict(savedVersion, last == null ? null : last.actor(), last == null ? null : last.changedAt(), rows);
    }

    private static Row row(FieldChange change) {
        return new Row(change.field(), RecordHistory.text(change.after()), RecordHistory.text(change.before()));
    }

    /**
     * The two versions where they differ.
     *
     * @param savedVersion the version now in place: a form that saves again over it carries this one
     */
    public record Conflict(long savedVersion, @Nullable String savedBy, @Nullable Instant savedAt, List<Row> rows) {
    }

    /** One field: what the user entered and what was saved. */
    public record Row(String field, @Nullable String mine, @Nullable String saved) {
    }
}
