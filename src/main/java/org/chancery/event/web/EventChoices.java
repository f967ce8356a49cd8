package org.chancery.event.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.chancery.common.Language;
import org.chancery.common.web.PickedLabels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the event form offers to pick from, and what was picked read back: persons and
 * institutions by type-ahead, each labelled "12 · Gideon Saar" in the reader's language and
 * read back by that number or by an exact name in either language; agreements from a list.
 */
@Component
@Transactional(readOnly = true)
class EventChoices {

    private final JdbcClient jdbc;

    EventChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Choice> persons(Locale locale) {
        return named("person", locale);
    }

    List<Choice> institutions(Locale locale) {
        return named("institution", locale);
    }

    List<Choice> agreements(Locale locale) {
        return named("agreement", locale);
    }

    String personLabel(long id, Locale locale) {
        return label("person", id, locale);
    }

    String institutionLabel(long id, Locale locale) {
        return label("institution", id, locale);
    }

    Optional<Long> person(String typed) {
        return find("person", typed);
    }

    Optional<Long> institution(String typed) {
        return find("institution", typed);
    }

    private List<Choice> named(String table, Locale locale) {
        String name = column(locale);
        return jdbc.sql("select id, " + name + " as name from " + table + " where deleted_at is null order by " + name + ", id")
                .query((row, n) -> new Choice(row.getLong("id"), PickedLabels.label(row.getLong("id"), row.getString("name")),
                        row.getString("name")))
                .list();
    }

    private String label(String table, long id, Locale locale) {
        return jdbc.sql("select " + column(locale) + " from " + table + " where id = :id").param("id", id)
                .query(String.class).optional().map(name -> PickedLabels.label(id, name)).orElse(String.valueOf(id));
    }

    /** The live record the text names: its number first ("12 · …", "#12"), else an exact name in English or Russian. */
    private Optional<Long> find(String table, String typed) {
        OptionalLong id = PickedLabels.leadingId(typed);
        if (id.isPresent()) {
            return jdbc.sql("select id from " + table + " where id = :id and deleted_at is null")
                    .param("id", id.getAsLong()).query(Long.class).optional();
        }
        List<Long> named = jdbc.sql("select id from " + table
                        + " where deleted_at is null and (lower(name_en) = lower(:name) or lower(name_ru) = lower(:name))")
                .param("name", typed.strip()).query(Long.class).list();
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    private static String column(Locale locale) {
        return Language.pick(locale, "name_en", "name_ru");
    }

    /** One entry of a list: {@code label} is what the type-ahead puts in the field. */
    record Choice(long id, String label, String name) {
    }
}
