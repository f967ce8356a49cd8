package org.chancery.common.query;

import org.chancery.common.Bilingual;

/**
 * A place in a list ordered by English name, then id: persons, institutions, offices (by
 * title). Lists in this order are cut by keyset on {@code (name_en, id)}.
 */
public record NamePosition(String name, long id) {

    public static final String ORDER = "name";

    public NamePosition(Bilingual name, long id) {
        this(name.en(), id);
    }

    public static NamePosition from(KeysetCursor cursor) {
        return new NamePosition(cursor.key(0), Long.parseLong(cursor.key(1)));
    }

    public KeysetCursor cursor() {
        return KeysetCursor.of(ORDER, name, id);
    }

    /** Adds the condition "after this position" over {@code nameColumn} and {@code alias.id}. */
    public static WhereClause after(WhereClause where, String nameColumn, String alias, NamePosition after) {
        return where.parameter("afterName", after.name()).parameter("afterId", after.id())
                .and("(" + nameColumn + ", " + alias + ".id) > (:afterName, :afterId)");
    }
}
