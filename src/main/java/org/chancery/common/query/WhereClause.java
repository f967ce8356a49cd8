package org.chancery.common.query;

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
     * The rows of {@code alias} that a page of changes may hand out: changed by a transaction
     * below {@code horizon} ({@link ChangeHorizon}) and, on the first page, at or after
     * {@code since}; on later pages and later syncs, after {@code after} in change order
     * ({@code change_xid}, then {@code id}), whatever their time, so that a transaction that
     * started before {@code since} but committed later is not lost.
     */
    public WhereClause changedSince(String alias, Instant since, @Nullable ChangePosition after, long horizon) {
        and(alias + ".change_xid < :horizon", "horizon", horizon);
        if (after == null) {
            and(alias + ".updated_at >= :since", "since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        } else {
            parameter("afterXid", after.changeXid());
            and("(" + alias + ".change_xid, " + alias + ".id) > (:afterXid, :afterId)", "afterId", after.id());
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

    /** Free text as a case-insensitive {@code like} pattern that matches it anywhere, wildcards escaped. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
