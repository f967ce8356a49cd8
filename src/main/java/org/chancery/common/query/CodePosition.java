package org.chancery.common.query;

/** A place in a list ordered by a code that is the key itself: topics, states. */
public record CodePosition(String code) {

    public static final String ORDER = "code";

    public static CodePosition from(KeysetCursor cursor) {
        return new CodePosition(cursor.key(0));
    }

    public KeysetCursor cursor() {
        return KeysetCursor.of(ORDER, code);
    }

    /** Adds the condition "after this position" over {@code codeColumn}. */
    public WhereClause after(WhereClause where, String codeColumn) {
        return where.and(codeColumn + " > :afterCode", "afterCode", code);
    }
}
