package org.chancery.common.web;

/**
 * Text put into HTML written as strings (the event lists' markup, the filters' choices, the
 * search's passages): the five characters that mean markup replaced exactly as {@code th:text}
 * and {@code th:attr} replace them (unbescape's {@code HtmlEscape.escapeHtml4Xml}, which
 * Thymeleaf calls: {@code &amp; &lt; &gt; &quot; &#39;}), every other character as it is, so a
 * list written here and one written by a template are the same bytes.
 *
 * <p>Appended straight to the page being built, and scanned with one comparison a character for
 * the letters (every one of the five is at or below {@code '>'}): unbescape's general escaper,
 * which looks up every character's code point in its tables and builds a string of its own,
 * was a tenth of a timeline page's CPU under load (docs/benchmarks.md).
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} escaped, appended to {@code html}; {@code html} again. */
    public static StringBuilder append(StringBuilder html, String text) {
        int length = text.length();
        int unwritten = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c > '>') {
                continue;
            }
            String reference = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (reference != null) {
                html.append(text, unwritten, i).append(reference);
                unwritten = i + 1;
            }
        }
        return html.append(text, unwritten, length);
    }

    /** {@code text} escaped: itself where it holds none of the five. */
    public static String escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'')) {
                return append(new StringBuilder(text.length() + 16), text).toString();
            }
        }
        return text;
    }
}
