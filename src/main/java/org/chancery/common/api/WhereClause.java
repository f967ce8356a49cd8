package org.chancery.common.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The conditions of a list statement and their named parameters, gathered one filter at a time. */
public final class WhereClause {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public WhereClause and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds {@code condition}, which names {@code :name}, with its value. */
    public WhereClause and(String condition, String name, Object value) {
        parameters.put(name, value);
        return and(condition);
    }

    public WhereClause parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /**
     * The rows of {@code alias} changed at or after {@code since} and, on later pages, after
     * {@code after} in change order ({@code updated_at}, then {@code id}).
     */
    public WhereClause changedSince(String alias, Instant since, @Nullable ChangePosition after) {
        and(alias + ".updated_at >= :since", "since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        if (after != null) {
            parameter("afterUpdatedAt", OffsetDateTime.ofInstant(after.updatedAt(), ZoneOffset.UTC));
            and("(" + alias + ".updated_at, " + alias + ".id) > (:afterUpdatedAt, :afterId)", "afterId", after.id());
        }
        return this;
    }

    /** {@code " where a and b"}, or nothing when there are no conditions. */
    public String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
