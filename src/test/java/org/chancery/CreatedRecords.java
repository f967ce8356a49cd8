package org.chancery;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows a test wrote through the API, and their change-log entries, removed again by
 * {@link #removeAll()} (latest first, so that what refers to a record goes before it).
 */
public final class CreatedRecords {

    private record Created(String resource, String table, String keyColumn, Object key) {
    }

    private final JdbcClient jdbc;
    private final List<Created> created = new ArrayList<>();

    public CreatedRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers the row of {@code table} whose {@code id} is {@code id}, logged under {@code resource}. */
    public long remember(String resource, String table, long id) {
        created.add(new Created(resource, table, "id", id));
        return id;
    }

    /** Remembers the row of {@code table} whose {@code keyColumn} is {@code key}, logged under {@code resource}. */
    public String remember(String resource, String table, String keyColumn, String key) {
        created.add(new Created(resource, table, keyColumn, key));
        return key;
    }

    public void removeAll() {
        for (Created row : created.reversed()) {
            jdbc.sql("delete from change_log where resource = :resource and record_key = :key")
                    .param("resource", row.resource()).param("key", String.valueOf(row.key())).update();
            jdbc.sql("delete from " + row.table() + " where " + row.keyColumn() + " = :key").param("key", row.key()).update();
        }
        created.clear();
    }
}
