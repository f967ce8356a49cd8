package org.chancery.common;

import java.util.Locale;
import java.util.Map;

/**
 * Russian names written in Latin letters and back, the way English-language news spells them
 * ("Токаев" is "Tokaev", "Tokayev" reads back as "токайев"): close enough for a fuzzy match
 * to find the other spelling, not a standard to print.
 */
public final class Transliteration {

    private static final Map<Character, String> TO_LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    /** Longest first, so "shch" is read before "sh" and "ch". */
    private static final String[][] TO_CYRILLIC = {
            {"shch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"}, {"yu", "ю"}, {"ya", "я"},
            {"yo", "ё"}, {"ye", "е"}, {"a", "а"}, {"b", "б"}, {"v", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е"},
            {"z", "з"}, {"i", "и"}, {"y", "й"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"},
            {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"f", "ф"}, {"h", "х"}, {"c", "к"},
            {"j", "дж"}, {"w", "в"}, {"x", "кс"}, {"q", "к"}};

    private Transliteration() {
    }

    /** The text in lower case with its Cyrillic letters in Latin ones. */
    public static String toLatin(String text) {
        StringBuilder latin = new StringBuilder(text.length());
        for (char letter : text.toLowerCase(Locale.ROOT).toCharArray()) {
            latin.append(TO_LATIN.getOrDefault(letter, String.valueOf(letter)));
        }
        return latin.toString();
    }

    /** The text in lower case with its Latin letters in Cyrillic ones. */
    public static String toCyrillic(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder cyrillic = new StringBuilder(lower.length());
        int at = 0;
        next:
        while (at < lower.length()) {
            for (String[] pair : TO_CYRILLIC) {
                if (lower.startsWith(pair[0], at)) {
                    cyrillic.append(pair[1]);
                    at += pair[0].length();
                    continue next;
                }
            }
            cyrillic.append(lower.charAt(at++));
        }
        return cyrillic.toString();
    }
}
