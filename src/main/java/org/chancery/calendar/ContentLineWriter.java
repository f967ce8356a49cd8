package org.chancery.calendar;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes iCalendar content lines (RFC 5545, section 3.1): each ended by CRLF and folded so
 * that no line is longer than 75 octets of UTF-8, a continuation line starting with one
 * space. A fold never splits a character's bytes, so every physical line is valid UTF-8.
 */
final class ContentLineWriter {

    static final int MAX_OCTETS = 75;

    private final Writer out;

    ContentLineWriter(Writer out) {
        this.out = out;
    }

    /**
     * A property whose value is already in its type's form (a date, a URI, a code). Control
     * characters, which no value may hold, are dropped: a line break in a stored URL must not
     * start a property of its own.
     */
    void property(String nameAndParameters, String value) throws IOException {
        out.write(fold(nameAndParameters + ":" + withoutControls(value)));
        out.write("\r\n");
    }

    /** A property of type TEXT: its value is escaped. */
    void text(String nameAndParameters, String value) throws IOException {
        property(nameAndParameters, escapeText(value));
    }

    /**
     * A TEXT value as RFC 5545 (3.3.11) writes it: backslash, semicolon and comma escaped by
     * a backslash, every line break as {@code \n}. Other control characters, which a value
     * may not hold, are dropped, and a lone surrogate becomes U+FFFD.
     */
    static String escapeText(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        escaped.append('\uFFFD');
                    } else if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String withoutControls(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return value.replaceAll("[\\x00-\\x08\\x0A-\\x1F\\x7F]", "");
            }
        }
        return value;
    }

    /**
     * The line folded at {@value #MAX_OCTETS} octets of UTF-8, without the final CRLF. An
     * escape ({@code \,}, {@code \n} …) is kept on one line: RFC 5545 allows a fold inside
     * it, but not every reader copes.
     */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int end = line.offsetByCodePoints(i, line.charAt(i) == '\\' && i + 1 < line.length() ? 2 : 1);
            int length = utf8Length(line, i, end);
            if (octets + length > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.append(line, i, end);
            octets += length;
            i = end;
        }
        return folded.toString();
    }

    private static int utf8Length(String text, int start, int end) {
        int length = 0;
        for (int i = start; i < end; ) {
            int codePoint = text.codePointAt(i);
            length += utf8Length(codePoint);
            i += Character.charCount(codePoint);
        }
        return length;
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
