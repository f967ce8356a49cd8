package org.chancery.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two edits of one record made on the same version, put together field by field, as a
 * version-control merge does: a field only one side changed takes that side's value, a field
 * both changed alike takes it, and a field both changed differently is a conflict that a
 * person decides. Fields are a record's top-level write-form fields (a list of states is one
 * field). The trees compared are normalised JSON (see {@link MergePatch#tree(Object)}).
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    /**
     * @param base   the version both edits started from
     * @param mine   the edit being saved
     * @param theirs the version saved meanwhile
     */
    public static Result of(JsonNode base, JsonNode mine, JsonNode theirs) {
        Set<String> fields = new LinkedHashSet<>();
        List.of(base, mine, theirs).forEach(tree -> fields.addAll(tree.propertyNames()));
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        List<String> conflicts = new ArrayList<>();
        for (String field : fields) {
            JsonNode was = value(base, field);
            JsonNode mineNow = value(mine, field);
            JsonNode theirsNow = value(theirs, field);
            if (Objects.equals(mineNow, theirsNow) || Objects.equals(mineNow, was)) {
                merged.set(field, theirsNow);
            } else {
                merged.set(field, mineNow);
                if (!Objects.equals(theirsNow, was)) {
                    conflicts.add(field);
                }
            }
        }
        return new Result(merged, List.copyOf(conflicts));
    }

    /** Whether {@code field} stands as it did in {@code base}. */
    public static boolean unchanged(JsonNode base, JsonNode now, String field) {
        return Objects.equals(value(base, field), value(now, field));
    }

    /** A field's value; an absent field, an empty list and an object of nothing but blanks all read as null. */
    private static JsonNode value(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        return value == null || blank(value) ? NullNode.getInstance() : value;
    }

    private static boolean blank(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return true;
        }
        if (value.isArray()) {
            return value.isEmpty();
        }
        if (value.isObject()) {
            return value.propertyNames().stream().allMatch(name -> blank(value.get(name)));
        }
        return false;
    }

    /**
     * @param merged    every field: the one side's change where only one side changed it, mine where
     *                  both did (until someone chooses)
     * @param conflicts the fields both sides changed, differently
     */
    public record Result(JsonNode merged, List<String> conflicts) {

        public boolean clean() {
            return conflicts.isEmpty();
        }
    }
}
