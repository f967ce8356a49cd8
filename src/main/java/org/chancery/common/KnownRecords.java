package org.chancery.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * The publication day of each of these sources that exists (deleted or not), empty where it
     * has none: what {@link #lastPublished} reads, for many sources at once.
     */
    public Map<Long, Optional<LocalDate>> publicationDays(Collection<Long> sourceIds) {
        Map<Long, Optional<LocalDate>> days = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return days;
        }
        jdbc.sql("select id, published_on from source where id = any(cast(:ids as bigint[]))")
                .param("ids", sourceIds.toArray(Long[]::new))
                .query((row, number) -> Map.entry(row.getLong("id"),
                        Optional.ofNullable(row.getObject("published_on", LocalDate.class)))).list()
                .forEach(entry -> days.put(entry.getKey(), entry.getValue()));
        return days;
    }

    /**
     * The live persons named each of {@code names} (in English or Russian, letter case aside),
     * by the name in lower case; a name nobody has is left out, one that several have lists each.
     */
    public Map<String, List<Long>> livePersonsNamed(Collection<String> names) {
        Map<String, List<Long>> named = new HashMap<>();
        if (names.isEmpty()) {
            return named;
        }
        List<String> lowered = names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        jdbc.sql("""
                        select distinct lower(n.name) as name, p.id from person p
                         cross join lateral (values (p.name_en), (p.name_ru)) as n (name)
                         where p.deleted_at is null and lower(n.name) in (:names)
                         order by p.id""")
                .param("names", lowered)
                .query((row, number) -> Map.entry(row.getString("name"), row.getLong("id"))).list()
                .forEach(entry -> named.computeIfAbsent(entry.getKey(), name -> new ArrayList<>()).add(entry.getValue()));
        return named;
    }

    /**
     * The live source at each of {@code addresses}, however the address is written (scheme,
     * "www.", tracking parameters: see {@code source_identity}), by the address as given.
     */
    public Map<String, Long> liveSourcesAt(Collection<String> addresses) {
        Map<String, Long> sources = new HashMap<>();
        if (addresses.isEmpty()) {
            return sources;
        }
        jdbc.sql("""
                        select given.address, s.id from unnest(cast(:addresses as text[])) as given (address)
                          join source s on s.identity_key = source_identity(given.address, null, null, null)
                         where s.deleted_at is null""")
                .param("addresses", new java.util.LinkedHashSet<>(addresses).toArray(String[]::new))
                .query((row, number) -> Map.entry(row.getString("address"), row.getLong("id"))).list()
                .forEach(entry -> sources.put(entry.getKey(), entry.getValue()));
        return sources;
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
