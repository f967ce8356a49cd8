package org.chancery.common.web;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.chancery.common.Bilingual;
import org.chancery.common.Language;
import org.chancery.common.query.NameMatch;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * A typed name read back as the live person or institution it names, as the forms' type-ahead
 * fields take it without script: the record's number first ("12 · Gideon Saar", "#12"), else an
 * exact name in English or Russian, else the one name a word of which starts with the text, as
 * typed or transliterated ("Tokayev", "Токаев", "Ministry of Water"). Several such names, or only
 * names that come close, are the candidates to choose from.
 */
@Component
@Transactional(readOnly = true)
public class RecordPicker {

    /** How many candidates an ambiguous name is answered with. */
    public static final int CANDIDATES = 5;

    /** The tables a name is read back from. */
    public enum Table { person, institution }

    private final JdbcClient jdbc;

    RecordPicker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What a typed name was read as: the record's number, or null with the candidates it
     * could be (their labels; none when nothing comes close).
     */
    public record Picked(@Nullable Long id, List<String> candidates) {
    }

    public Picked find(Table records, String typed, Locale locale) {
        String table = records.name();
        OptionalLong id = PickedLabels.leadingId(typed);
        if (id.isPresent()) {
            return new Picked(jdbc.sql("select id from " + table + " where id = :id and deleted_at is null")
                    .param("id", id.getAsLong()).query(Long.class).optional().orElse(null), List.of());
        }
        List<Long> named = jdbc.sql("select id from " + table
                        + " where deleted_at is null and (lower(name_en) = lower(:name) or lower(name_ru) = lower(:name))")
                .param("name", typed.strip()).query(Long.class).list();
        if (named.size() == 1) {
            return new Picked(named.getFirst(), List.of());
        }
        List<Candidate> candidates = suggested(table, typed);
        List<Candidate> starting = candidates.stream().filter(Candidate::wordStart).toList();
        if (starting.size() == 1) {
            return new Picked(starting.getFirst().id(), List.of());
        }
        return new Picked(null, (starting.isEmpty() ? candidates : starting).stream()
                .limit(CANDIDATES)
                .map(candidate -> PickedLabels.label(candidate.id(), Language.pick(locale, candidate.name().en(),
                        candidate.name().ru())))
                .toList());
    }

    /** Matched as the type-ahead matches ({@code /suggest/…}), read here from the table itself. */
    private List<Candidate> suggested(String table, String typed) {
        NameMatch match = NameMatch.of(typed);
        if (match.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(match.statement("x.id, x.name_en, x.name_ru", table + " x", "x"))
                .params(match.parameters())
                .param("limit", CANDIDATES + 1)
                .query((row, n) -> new Candidate(row.getLong("id"),
                        new Bilingual(row.getString("name_en"), row.getString("name_ru")), row.getBoolean("word_start")))
                .list();
    }

    private record Candidate(long id, Bilingual name, boolean wordStart) {
    }

    /** "No such name" ({@code prefix.unknown}), or the candidates it could be ({@code prefix.ambiguous}). */
    public static void reject(BindingResult result, String field, String prefix, String typed, Picked picked, String unknown) {
        if (picked.candidates().isEmpty()) {
            result.rejectValue(field, prefix + ".unknown", new Object[] {typed.strip()}, unknown);
        } else {
            String candidates = String.join("; ", picked.candidates());
            result.rejectValue(field, prefix + ".ambiguous", new Object[] {typed.strip(), candidates},
                    "“" + typed.strip() + "” could be: " + candidates + ". Pick one from the list");
        }
    }
}
