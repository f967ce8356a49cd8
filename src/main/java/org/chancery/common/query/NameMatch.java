package org.chancery.common.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import org.chancery.common.Transliteration;

/**
 * A name as typed into a type-ahead, matched against a record's English and Russian names:
 * at the start of any of their words, case-insensitively, as typed or transliterated (Latin
 * letters against the Russian name, Cyrillic ones against the English), and failing that by
 * trigram word similarity ({@code <%}), so "Tokaev" still finds "Tokayev". Every condition
 * goes through the names' trigram indexes (V132).
 *
 * @param words    what was typed, in lower case, its punctuation as spaces
 * @param latin    the same in Latin letters
 * @param cyrillic the same in Cyrillic letters
 */
public record NameMatch(String words, String latin, String cyrillic) {

    public static NameMatch of(String typed) {
        return new NameMatch(words(typed), words(Transliteration.toLatin(typed)), words(Transliteration.toCyrillic(typed)));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * The live rows of {@code from} (whose names are {@code alias.name_en} and
     * {@code alias.name_ru}) that match, best first: word starts, then the closest, then by
     * English name; {@code columns} and {@code word_start} selected, at most {@code :limit}.
     */
    public String statement(String columns, String from, String alias) {
        String en = alias + ".name_en";
        String ru = alias + ".name_ru";
        return "select " + columns + ", " + wordStart(en, ru) + " as word_start from " + from
                + " where " + alias + ".deleted_at is null and " + condition(en, ru)
                + " order by word_start desc, " + closeness(en, ru) + " desc, " + en + ", " + alias + ".id limit :limit";
    }

    /** The rows worth ranking: each contains the longest word typed, or is close to what was typed. */
    String condition(String en, String ru) {
        return "(" + en + " ilike :match_any or " + ru + " ilike :match_any or " + en + " ilike :match_latin_any or "
                + ru + " ilike :match_cyrillic_any or :match_words <% " + en + " or :match_words <% " + ru
                + " or :match_latin <% " + en + " or :match_cyrillic <% " + ru + ")";
    }

    /** True where a word of a name starts with what was typed, as typed or transliterated. */
    String wordStart(String en, String ru) {
        return "(" + startOf(en, ":match_start") + " or " + startOf(ru, ":match_start") + " or "
                + startOf(en, ":match_latin_start") + " or " + startOf(ru, ":match_cyrillic_start") + ")";
    }

    /** How close the names come to what was typed, 0 to 1. */
    String closeness(String en, String ru) {
        return "greatest(word_similarity(:match_words, " + en + "), word_similarity(:match_words, " + ru
                + "), word_similarity(:match_latin, " + en + "), word_similarity(:match_cyrillic, " + ru + "))";
    }

    public Map<String, Object> parameters() {
        return Map.of("match_words", words, "match_latin", latin, "match_cyrillic", cyrillic,
                "match_any", "%" + longest(words) + "%", "match_latin_any", "%" + longest(latin) + "%",
                "match_cyrillic_any", "%" + longest(cyrillic) + "%",
                "match_start", "% " + words + "%", "match_latin_start", "% " + latin + "%",
                "match_cyrillic_start", "% " + cyrillic + "%");
    }

    static String startOf(String column, String pattern) {
        return "(' ' || regexp_replace(lower(" + column + "), '[^[:alnum:]]+', ' ', 'g')) like " + pattern;
    }

    /** Letters and digits only, so nothing in it means anything to like. */
    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String longest(String words) {
        return Arrays.stream(words.split(" ")).max(Comparator.comparingInt(String::length)).orElse("");
    }
}
