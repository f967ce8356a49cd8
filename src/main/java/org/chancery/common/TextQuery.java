package org.chancery.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an analyst typed into a search box, as words PostgreSQL's text search can match in
 * any grammatical form. The stemmers alone miss forms that stem differently: "Астана" stems to
 * {@code аста}, "Астану" to {@code астан}. Each word is therefore also searched as a prefix of
 * its own stem ({@code to_tsquery('russian', 'Астана:*')} is {@code 'аста':*}, which matches
 * {@code астан}), in English and Russian; every word must match.
 *
 * <p>The words hold only letters and digits, so they are safe inside {@code to_tsquery}.
 */
public record TextQuery(String typed, List<String> words) {

    /** More words than this add nothing a reader would notice, and cost a term each. */
    public static final int MAX_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public TextQuery {
        words = List.copyOf(words);
    }

    public static TextQuery of(String typed) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(typed);
        while (matcher.find() && words.size() < MAX_WORDS) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return new TextQuery(typed, words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * An SQL condition that {@code vector} (a {@code tsvector} expression) matches the typed
     * text: as PostgreSQL's web search reads it, or every word as a prefix of its stem. The
     * parameters are {@code <prefix>Text} and {@code <prefix>Word0}, {@code <prefix>Word1} …
     * ({@link #parameters}).
     */
    public String condition(String vector, String prefix) {
        return words.isEmpty()
                ? vector + " @@ (" + webQuery(prefix) + ")"
                : "(" + vector + " @@ (" + webQuery(prefix) + ") or " + vector + " @@ (" + wordsQuery(prefix) + "))";
    }

    /** The typed text as PostgreSQL's web search reads it, in English or Russian: a {@code tsquery} expression of {@link #condition}. */
    public String webQuery(String prefix) {
        String typedText = ":" + prefix + "Text";
        return "websearch_to_tsquery('english', " + typedText + ") || websearch_to_tsquery('russian', " + typedText + ")";
    }

    /** Every word as a prefix of its stem, in English or Russian: the other {@code tsquery} of {@link #condition}; none without words. */
    public String wordsQuery(String prefix) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < this.words.size(); i++) {
            String word = ":" + prefix + "Word" + i + " || ':*'";
            if (i > 0) {
                words.append(" && ");
            }
            words.append("(to_tsquery('english', ").append(word).append(") || to_tsquery('russian', ").append(word).append("))");
        }
        return words.toString();
    }

    /**
     * The same match as one {@code tsquery} of a single text search configuration, for
     * {@code ts_headline} to show where a text matched: {@code config} is {@code english} or
     * {@code russian}; the parameters are those of {@link #parameters}.
     */
    public String query(String config, String prefix) {
        if (!config.equals("english") && !config.equals("russian")) {
            throw new IllegalArgumentException("no text search configuration " + config);
        }
        String web = "websearch_to_tsquery('" + config + "', :" + prefix + "Text)";
        if (words.isEmpty()) {
            return web;
        }
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                all.append(" && ");
            }
            all.append("to_tsquery('").append(config).append("', :").append(prefix).append("Word").append(i).append(" || ':*')");
        }
        return "(" + web + " || (" + all + "))";
    }

    /** The parameters {@link #condition} names, by name. */
    public Map<String, Object> parameters(String prefix) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(prefix + "Text", typed);
        for (int i = 0; i < words.size(); i++) {
            parameters.put(prefix + "Word" + i, words.get(i));
        }
        return parameters;
    }
}
