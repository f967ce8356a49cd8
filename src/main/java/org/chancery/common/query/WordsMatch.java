package org.chancery.common.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.chancery.common.Transliteration;

/**
 * What was typed read as separate words, each of which must fit a record in one of three ways,
 * in any order: it starts a word of the English or Russian text (as typed or transliterated),
 * it starts the text's initials ("МИД" for «Министерство иностранных дел Израиля», "MFA" for
 * "Ministry of Foreign Affairs of Israel": the first letters of its words of three letters or
 * more), or it is the record's state code ("KZ"). So "Foreign Minister", "МИД", "minister IL"
 * find what {@link NameMatch}, which reads the typed text as one phrase of a name, does not.
 * The condition itself reads every row it is given; {@link #indexedCondition} beside it lets
 * the indexes find the few worth reading (institutions' and offices' names, V132, V190, V191).
 *
 * @param words what was typed, in lower case, split at what is not a letter or digit (at most six words)
 */
public record WordsMatch(List<String> words) {

    private static final int MOST = 6;

    /** A record {@link NameMatch} found, and whether a word of its name starts with what was typed. */
    public record NameFound<T>(T record, boolean wordStart) {
    }

    /**
     * The suggestions in order: names a word of which starts with what was typed, then the
     * records every typed word fits, then names merely close to it; each once, at most {@code limit}.
     */
    public static <T> List<T> rank(List<NameFound<T>> byName, List<T> byWords, ToLongFunction<T> id, int limit) {
        Map<Long, T> ranked = new LinkedHashMap<>();
        byName.stream().filter(NameFound::wordStart).forEach(found -> ranked.putIfAbsent(id.applyAsLong(found.record()), found.record()));
        byWords.forEach(found -> ranked.putIfAbsent(id.applyAsLong(found), found));
        byName.forEach(found -> ranked.putIfAbsent(id.applyAsLong(found.record()), found.record()));
        return ranked.values().stream().limit(limit).toList();
    }

    public static WordsMatch of(String typed) {
        return new WordsMatch(Arrays.stream(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).limit(MOST).toList());
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** True where every word typed fits {@code en}, {@code ru} or {@code stateCode} (columns or expressions). */
    public String condition(String en, String ru, String stateCode) {
        return IntStream.range(0, words.size()).mapToObj(i -> "(" + String.join(" or ",
                        NameMatch.startOf(en, ":words_" + i), NameMatch.startOf(ru, ":words_" + i),
                        NameMatch.startOf(en, ":words_latin_" + i), NameMatch.startOf(ru, ":words_cyrillic_" + i),
                        initials(en) + " like :words_initials_" + i, initials(ru) + " like :words_initials_" + i,
                        initials(ru) + " like :words_cyrillic_initials_" + i,
                        "upper(trim(" + stateCode + ")) = :words_code_" + i) + ")")
                .collect(Collectors.joining(" and ", "(", ")"));
    }

    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            parameters.put("words_" + i, "% " + word + "%");
            parameters.put("words_latin_" + i, "% " + Transliteration.toLatin(word) + "%");
            parameters.put("words_cyrillic_" + i, "% " + Transliteration.toCyrillic(word) + "%");
            parameters.put("words_initials_" + i, word + "%");
            parameters.put("words_cyrillic_initials_" + i, Transliteration.toCyrillic(word) + "%");
            parameters.put("words_code_" + i, word.toUpperCase(Locale.ROOT));
        }
        String longest = words.stream().max(Comparator.comparingInt(String::length)).orElse("");
        parameters.put("words_any", "%" + longest + "%");
        parameters.put("words_latin_any", "%" + Transliteration.toLatin(longest) + "%");
        parameters.put("words_cyrillic_any", "%" + Transliteration.toCyrillic(longest) + "%");
        parameters.put("words_initials_longest", longest + "%");
        parameters.put("words_cyrillic_initials_longest", Transliteration.toCyrillic(longest) + "%");
        parameters.put("words_code_longest", longest.toUpperCase(Locale.ROOT));
        return parameters;
    }

    /** The first letters of the text's words of three letters or more, in lower case ({@code V190}). */
    private static String initials(String text) {
        return "name_initials(" + text + ")";
    }

    /**
     * A condition the indexes can serve (the names' trigram indexes, their initials', the state
     * code's), true of every row {@link #condition} is true of: the longest word
     * typed is in a name, starts its initials or is the state's code. Put beside
     * {@link #condition}.
     */
    public String indexedCondition(String en, String ru, String stateCode) {
        return "(" + en + " ilike :words_any or " + ru + " ilike :words_any or " + en + " ilike :words_latin_any or "
                + ru + " ilike :words_cyrillic_any or " + initials(en) + " like :words_initials_longest or "
                + initials(ru) + " like :words_initials_longest or " + initials(ru) + " like :words_cyrillic_initials_longest or "
                + stateCode + " = :words_code_longest)";
    }
}
