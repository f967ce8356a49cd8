package org.chancery.common;

import java.util.regex.Pattern;

/**
 * Text written into a CSV cell so that a spreadsheet shows it rather than runs it: a value
 * starting with = @ a tab or a CR, or with + or - unless it is a plain number ({@code -12.5}),
 * gets a leading apostrophe (OWASP's advice on CSV injection). Every CSV the app writes, the
 * API's lists ({@code common.api.CsvWriter}) and the events' export
 * ({@code event.timeline.EventCsvRecord}), passes its free text through here.
 */
public final class SpreadsheetCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]\\d+(\\.\\d+)?");

    private SpreadsheetCells() {
    }

    public static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '@' || first == '\t' || first == '\r'
                || ((first == '+' || first == '-') && !PLAIN_NUMBER.matcher(value).matches());
        return formula ? "'" + value : value;
    }
}
