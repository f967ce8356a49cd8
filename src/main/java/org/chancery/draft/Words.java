package org.chancery.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The words of a text with their stems, by Lucene's Snowball stemmers: Russian for a word in
 * Cyrillic, English for one in Latin letters. Stemming is what lets «Казахстана», «Астану»,
 * «Токаевым» meet the names «Казахстан», «Астана», «Токаев» as the record holds them.
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Words() {
    }

    /** One word of a text: as written, its stem, and where it starts. */
    public record Word(String text, String stem, int start) {

        public boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        /** All capitals and more than one letter, as an abbreviation is written ("МИД"). */
        public boolean abbreviation() {
            return text.length() > 1 && text.equals(text.toUpperCase(RUSSIAN));
        }
    }

    public static List<Word> of(String text) {
        // Snowball stemmers keep state: one of each per call.
        SnowballStemmer russian = new RussianStemmer();
        SnowballStemmer english = new EnglishStemmer();
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            words.add(new Word(word, stem(word, russian, english), matcher.start()));
        }
        return words;
    }

    public static String stem(String word) {
        return stem(word, new RussianStemmer(), new EnglishStemmer());
    }

    private static String stem(String word, SnowballStemmer russian, SnowballStemmer english) {
        String lower = word.toLowerCase(RUSSIAN).replace('ё', 'е');
        SnowballStemmer stemmer = isCyrillic(lower) ? russian : english;
        stemmer.setCurrent(lower);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean isCyrillic(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
