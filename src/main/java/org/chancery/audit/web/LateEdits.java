package org.chancery.audit.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chancery.audit.AuditedRecordService;
import org.chancery.audit.AuditedWrites;
import org.chancery.audit.ChangeLog;
import org.chancery.audit.ChangeLog.ChangeEntry;
import org.chancery.common.MergePatch;
import org.chancery.common.ThreeWayMerge;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An edit saved after someone else saved the same record: put together with theirs against the
 * version both started from (a three-way merge, {@link ThreeWayMerge}). A field only they
 * changed keeps their value, a field only this editor changed keeps this one; a field both
 * changed differently stays open until the editor chooses, on the form, which to keep
 * ({@code keep.<field>} = {@code mine} or {@code saved}). Nothing is nulled that the editor did
 * not clear.
 */
@Component
public class LateEdits {

    /** The request parameters that carry the editor's choices: {@code keep.date=saved}. */
    public static final String CHOICE_PREFIX = "keep.";

    private final MergePatch mergePatch;

    LateEdits(MergePatch mergePatch) {
        this.mergePatch = mergePatch;
    }

    /**
     * @param startedOn the version the editor's form was opened on
     * @param params    the form's request parameters, where the choices are
     * @return empty when the history does not hold the version the editor started from (then only
     *         the two versions can be shown side by side)
     */
    public <C> Optional<LateEdit<C>> merge(AuditedWrites<?, C> writes, long id, long startedOn, C mine, Class<C> type,
            Map<String, String> params) {
        List<ChangeEntry> history = writes.history(id);
        Optional<JsonNode> base = ChangeLog.snapshotAt(history, startedOn);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        AuditedRecordService.Current<C> saved = writes.current(id);
        JsonNode theirs = mergePatch.tree(saved.form());
        JsonNode mineTree = mergePatch.tree(mine);
        ThreeWayMerge.Result result = ThreeWayMerge.of(base.get(), mineTree, theirs);
        ObjectNode merged = (ObjectNode) result.merged();
        List<VersionConflicts.Row> open = new ArrayList<>();
        for (String field : result.conflicts()) {
            String choice = params.get(CHOICE_PREFIX + field);
            if ("saved".equals(choice)) {
                merged.set(field, theirs.get(field));
            } else if (!"mine".equals(choice)) {
                open.add(new VersionConflicts.Row(field, RecordHistory.text(mineTree.get(field)), RecordHistory.text(theirs.get(field))));
            }
        }
        List<String> kept = base.get().propertyNames().stream()
                .filter(field -> !ThreeWayMerge.unchanged(base.get(), theirs, field)
                        && ThreeWayMerge.unchanged(base.get(), mineTree, field))
                .toList();
        ChangeEntry last = history.getLast();
        return Optional.of(new LateEdit<>(mergePatch.read(merged, type), saved.version(), last.actor(), last.changedAt(),
                open, kept));
    }

    /**
     * @param merged       the edit with the other's changes in it (and, for open fields, this editor's value)
     * @param savedVersion the version saved meanwhile: the merged edit is saved over it
     * @param open         the fields both changed that the editor has not chosen for yet
     * @param keptFromSaved the fields only the other changed, whose saved values the merged edit keeps
     */
    public record LateEdit<C>(C merged, long savedVersion, @Nullable String savedBy, @Nullable Instant savedAt,
            List<VersionConflicts.Row> open, List<String> keptFromSaved) {

        /** Whether nothing is left to choose: the merged edit can be saved. */
        public boolean resolved() {
            return open.isEmpty();
        }
    }
}
