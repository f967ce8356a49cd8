package org.chancery.common.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV strictly by RFC 4180, for tests: records end in CRLF, a quoted field may hold
 * commas, CRLF and doubled quotes, and anything else (a bare LF, a quote inside an unquoted
 * field, text after a closing quote, an unclosed quote) is refused.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unclosed quote");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    char c = text.charAt(i++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("'" + c + "' in an unquoted field at " + (i - 1));
                    }
                    field.append(c);
                }
            }
            if (i >= text.length()) {
                throw new IllegalArgumentException("the last record does not end in CRLF");
            }
            char end = text.charAt(i);
            record.add(field.toString());
            field.setLength(0);
            if (end == ',') {
                i++;
            } else if (end == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                throw new IllegalArgumentException("unexpected '" + end + "' at " + i);
            }
        }
        return records;
    }
}
