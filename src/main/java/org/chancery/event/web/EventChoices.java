package org.chancery.event.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.chancery.common.Language;
import org.chancery.common.web.PickedLabels;
import org.chancery.common.web.RecordPicker;
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

    EventChoices(JdbcClient jdbc, RecordPicker picker) {
        this.jdbc = jdbc;
        this.picker = picker;
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

    /** An office of the record, as a new person's office fields take it whole. */
    record KnownOffice(String titleEn, String titleRu, String stateCode, @Nullable Long institutionId, @Nullable String institution) {
    }

    /**
     * The record's office a typed title names: the one so titled (English or Russian, case aside),
     * else the one office every typed word is part of the titles of; empty when none or several.
     */
    Optional<KnownOffice> office(String typed) {
        String sql = """
                select o.title_en, o.title_ru, o.state_code, o.institution_id, i.name_en
                  from office o left join institution i on i.id = o.institution_id and i.deleted_at is null
                 where %s
                 limit 2""";
        List<KnownOffice> named = jdbc.sql(sql.formatted("lower(o.title_en) = lower(:typed) or lower(o.title_ru) = lower(:typed)"))
                .param("typed", typed).query(this::knownOffice).list();
        if (named.isEmpty()) {
            List<String> words = Arrays.stream(typed.toLowerCase(Locale.ROOT).split("\\s+"))
                    .filter(word -> !word.isEmpty()).toList();
            StringBuilder where = new StringBuilder("true");
            Map<String, Object> parameters = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                where.append(" and strpos(lower(o.title_en || ' ' || o.title_ru), :w").append(i).append(") > 0");
                parameters.put("w" + i, words.get(i));
            }
            named = words.isEmpty() ? List.of() : jdbc.sql(sql.formatted(where)).params(parameters).query(this::knownOffice).list();
        }
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    private KnownOffice knownOffice(ResultSet row, int n) throws SQLException {
        long institution = row.getLong("institution_id");
        return new KnownOffice(row.getString("title_en"), row.getString("title_ru"), row.getString("state_code"),
                row.wasNull() ? null : institution, row.getString("name_en"));
    }
}
