package org.chancery.event.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.chancery.common.Language;
import org.chancery.common.web.PickedLabels;
import org.chancery.common.web.RecordPicker;
import org.chancery.event.NewPersons;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the event form offers to pick from, and what was picked read back: persons and
 * institutions by type-ahead, each labelled "12 · Gideon Saar" in the reader's language and
 * read back by that number, by an exact name in either language, or else by the one name that
 * a word of it starts with what was typed, as typed or transliterated ("Tokayev", "Токаев",
 * "Ministry of Water"); agreements from a list.
 */
@Component
@Transactional(readOnly = true)
class EventChoices {

    private final JdbcClient jdbc;
    private final RecordPicker picker;
    private final NewPersons persons;

    EventChoices(JdbcClient jdbc, RecordPicker picker, NewPersons persons) {
        this.jdbc = jdbc;
        this.picker = picker;
        this.persons = persons;
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

    /** The state an institution belongs to, or null when the record gives it none. */
    @Nullable String institutionState(long id) {
        return jdbc.sql("select state_code from institution where id = :id").param("id", id).query(String.class)
                .list().stream().filter(Objects::nonNull).map(String::strip).findFirst().orElse(null);
    }

    RecordPicker.Picked person(String typed, Locale locale) {
        return picker.find(RecordPicker.Table.person, typed, locale);
    }

    RecordPicker.Picked institution(String typed, Locale locale) {
        return picker.find(RecordPicker.Table.institution, typed, locale);
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

    private static String column(Locale locale) {
        return Language.pick(locale, "name_en", "name_ru");
    }

    /** One entry of a list: {@code label} is what the type-ahead puts in the field. */
    record Choice(long id, String label, String name) {
    }

    /** The record's office a new person's typed title names, read by the person feature ({@link NewPersons#office}). */
    Optional<NewPersons.KnownOffice> office(String typed) {
        return persons.office(typed);
    }
}
