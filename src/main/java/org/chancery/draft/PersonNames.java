package org.chancery.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * A person's name as an article writes it in any case, read back to what the record keeps:
 * the Russian name in the nominative and the English one in Latin letters.
 */
public final class PersonNames {

    /*
     * The endings of a man's name in the singular's other cases: genitive «Саара», dative
     * «Герцогу», instrumental «Ермеком», «Кошербаевым», prepositional «Сааре». The Snowball
     * stemmer says where a word's ending starts; only these endings are cut, so a nominative
     * that Snowball cuts shorter («Кошербаев» → «кошерба») stays as written.
     */
    private static final Set<String> OBLIQUE_ENDINGS = Set.of("а", "я", "у", "ю", "ом", "ем", "ым", "им", "е");

    private static final Pattern POSSESSIVE = Pattern.compile("(ов|ев|ин|ын)$");

    /** A word, or what stands between words. */
    private static final Pattern PARTS = Pattern.compile("\\p{L}+|[^\\p{L}]+");

    // BGN/PCGN marks letters it writes the same way apart with a middle dot ("t·s"); a name keeps only the letters.
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Russian-Latin/BGN; [\\u00B7] Remove");

    private PersonNames() {
    }

    /*
     * A man's name in «-а» takes «-ой» in the instrumental («Амиром Оханой» → «Амир Охана»). Alone,
     * «-ой» may be a nominative («Лев Толстой»), so it is read so only beside a part that is plainly
     * instrumental («Амиром»).
     */
    private static final Set<String> INSTRUMENTAL_ENDINGS = Set.of("ом", "ем", "ым", "им");

    /**
     * «Гидеона Саара» → «Гидеон Саар», «Ермеком Кошербаевым» → «Ермек Кошербаев», «Амиром Оханой»
     * → «Амир Охана»; each part of «Касым-Жомартом» too.
     */
    public static String nominative(String name) {
        List<String> parts = new ArrayList<>();
        Matcher words = PARTS.matcher(name);
        while (words.find()) {
            parts.add(words.group());
        }
        boolean instrumental = parts.stream().anyMatch(part -> Character.isLetter(part.codePointAt(0))
                && !nominativeWord(part).equals(part) && INSTRUMENTAL_ENDINGS.contains(ending(part)));
        StringBuilder nominative = new StringBuilder(name.length());
        for (String part : parts) {
            if (!Character.isLetter(part.codePointAt(0))) {
                nominative.append(part);
            } else if (instrumental && ending(part).equals("ой")) {
                nominative.append(part, 0, part.length() - 2).append(Character.isUpperCase(part.codePointAt(part.length() - 2)) ? "А" : "а");
            } else {
                nominative.append(nominativeWord(part));
            }
        }
        return nominative.toString();
    }

    /** What the Snowball stemmer cuts off the word, in lower case («ом» of «Амиром», «ой» of «Оханой»). */
    private static String ending(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        String stem = Words.stem(word);
        return lower.startsWith(stem) ? lower.substring(stem.length()) : "";
    }

    private static String nominativeWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        String stem = Words.stem(word);
        if (stem.length() >= 2 && stem.length() < lower.length() && lower.startsWith(stem)
                && OBLIQUE_ENDINGS.contains(lower.substring(stem.length()))) {
            String ending = lower.substring(stem.length());
            // «-ым», «-им» are the instrumental of a surname in -ов, -ев, -ин only («Токаевым»); «Касым» is a nominative.
            if (!ending.endsWith("м") || ending.startsWith("о") || ending.startsWith("е") || POSSESSIVE.matcher(stem).find()) {
                return word.substring(0, stem.length());
            }
        }
        return word;
    }

    /** The name in Latin letters by the BGN/PCGN romanisation of Russian: «Ермек Кошербаев» → "Yermek Kosherbayev". */
    public static String latin(String russian) {
        synchronized (TO_LATIN) {
            return TO_LATIN.transliterate(russian);
        }
    }
}
