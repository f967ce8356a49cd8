package org.chancery.draft;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An article cut into sentences by the JDK's {@link BreakIterator} for the article's
 * language, paragraph by paragraph (a headline or a dateline without a full stop stays a
 * sentence of its own rather than running into the next paragraph).
 */
public final class ArticleSentences {

    private ArticleSentences() {
    }

    public static List<String> of(String text, Locale language) {
        return paragraphs(text, language).stream().flatMap(List::stream).toList();
    }

    /** The sentences of each paragraph (a line of the text) that has any. */
    public static List<List<String>> paragraphs(String text, Locale language) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            List<String> sentences = new ArrayList<>();
            BreakIterator breaks = BreakIterator.getSentenceInstance(language);
            breaks.setText(paragraph);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String sentence = paragraph.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
            if (!sentences.isEmpty()) {
                paragraphs.add(sentences);
            }
        }
        return paragraphs;
    }
}
