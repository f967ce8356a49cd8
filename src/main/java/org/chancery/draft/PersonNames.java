package org.chancery.draft;

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

    /** «Гидеона Саара» → «Гидеон Саар», «Ермеком Кошербаевым» → «Ермек Кошербаев»; each part of «Касым-Жомартом» too. */
    public static String nominative(String name) {
        StringBuilder nominative = new StringBuilder(name.length());
        Matcher words = PARTS.matcher(name);
        while (words.find()) {
            String part = words.group();
            nominative.append(Character.isLetter(part.codePointAt(0)) ? nominativeWord(part) : part);
        }
        return nominative.toString();
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
