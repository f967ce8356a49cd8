package org.chancery.common;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * The latest publication day of the given sources, or empty when one of them has no
     * publication day (or none is given): what "reported by these sources" can vouch for.
     */
    public Optional<LocalDate> lastPublished(Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select max(published_on) from source
                        where id in (:ids) and not exists (
                            select 1 from source undated where undated.id in (:ids) and undated.published_on is null)
                        """)
                .param("ids", List.copyOf(sourceIds)).query(LocalDate.class).list()
                .stream().filter(Objects::nonNull).findFirst();
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
