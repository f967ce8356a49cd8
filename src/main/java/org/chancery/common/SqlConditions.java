package org.chancery.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The conditions of one SQL statement, joined with {@code and}, and its named parameters:
 * what a read model's filters add up to. Values are always bound, never written into the SQL.
 */
public final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new TreeMap<>();

    public SqlConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    public SqlConditions bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** {@code " where a and b"}, or nothing without conditions. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /** A pattern for {@code like}/{@code ilike} that finds {@code text} anywhere, its own % and _ taken literally. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
