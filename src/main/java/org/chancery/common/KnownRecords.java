package org.chancery.common;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "which of these references name nothing?" for a write that cites states, topics
 * and live records of other features, one query per kind, so every unknown reference of a
 * request can be reported at once and by name instead of surfacing as a foreign-key error.
 */
@Component
@Transactional(readOnly = true)
public class KnownRecords {

    /** The features' tables whose live (not deleted) rows can be referred to by id. */
    public enum Table {
        SOURCE("source"), PERSON("person"), INSTITUTION("institution"), AGREEMENT("agreement");

        private final String name;

        Table(String name) {
            this.name = name;
        }
    }

    private final JdbcClient jdbc;

    KnownRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> unknownStates(Collection<String> codes) {
        return missing(codes, jdbc.sql("select code from state where code in (:codes)"));
    }

    public Set<String> unknownTopics(Collection<String> codes) {
        return missing(codes, jdbc.sql("select code from topic where code in (:codes)"));
    }

    public Set<Long> unknownLive(Table table, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Long> found = jdbc.sql("select id from " + table.name + " where id in (:ids) and deleted_at is null")
                .param("ids", List.copyOf(ids)).query(Long.class).list();
        Set<Long> unknown = new HashSet<>(ids);
        found.forEach(unknown::remove);
        return unknown;
    }

    private static Set<String> missing(Collection<String> codes, JdbcClient.StatementSpec statement) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        List<String> found = statement.param("codes", List.copyOf(codes)).query(String.class).list()
                .stream().map(String::strip).toList();
        Set<String> unknown = new HashSet<>(codes);
        found.forEach(unknown::remove);
        return unknown;
    }
}
