package org.chancery.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads CSV as spreadsheets write it, one record at a time. RFC 4180: fields separated by a
 * delimiter, a field in double quotes may hold the delimiter, line breaks and doubled double
 * quotes. Besides, what spreadsheets do: a byte order mark first; records ended by LF or CR
 * as well as CRLF, and the last one by the end of the text; semicolons instead of commas (a
 * spreadsheet set to Russian writes them), told from the first record. A line break inside a
 * quoted field is read as LF, whichever it was.
 *
 * <p>Each record keeps the line it starts on, counting from 1, so that a problem with it can
 * be reported where a person finds it in the file.
 */
public final class CsvRecords {

    // How far the first record is read ahead to tell its delimiter: a header row is shorter.
    private static final int FIRST_RECORD_LOOKAHEAD = 64 * 1024;
    private static final int END = -1;

    private final PushbackReader in;
    private final char delimiter;
    private int line = 1;

    /** One record: the line it starts on and its fields, as written (not trimmed). */
    public record Record(int line, List<String> fields) {

        public Record {
            fields = List.copyOf(fields);
        }

        /** An empty line, or a row of a spreadsheet whose cells are all empty. */
        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** The text is not CSV from this line on (counting from 1). */
    public static class MalformedCsvException extends RuntimeException {

        private final int line;

        MalformedCsvException(int line, String reason) {
            super(reason);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public CsvRecords(Reader text) throws IOException {
        BufferedReader buffered = text instanceof BufferedReader reader ? reader : new BufferedReader(text);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        this.delimiter = delimiterOfFirstRecord(buffered);
        this.in = new PushbackReader(buffered, 1);
    }

    /** All the records of a text. */
    public static List<Record> readAll(Reader text) throws IOException {
        CsvRecords records = new CsvRecords(text);
        List<Record> all = new ArrayList<>();
        for (Record record = records.next(); record != null; record = records.next()) {
            all.add(record);
        }
        return all;
    }

    /** The delimiter this text uses: {@code ,} or {@code ;}. */
    public char delimiter() {
        return delimiter;
    }

    /**
     * The next record, or null at the end of the text.
     *
     * @throws MalformedCsvException where a quote is never closed, or text follows a closing quote
     */
    public @Nullable Record next() throws IOException {
        int c = in.read();
        if (c == END) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                c = quoted(field);
                if (c != END && c != delimiter && c != '\r' && c != '\n') {
                    throw new MalformedCsvException(line, "text follows the closing quote of a cell");
                }
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == END || c == '\r' || c == '\n') {
                fields.add(field.toString());
                if (c != END) {
                    lineBreak(c);
                }
                return new Record(start, fields);
            } else {
                field.append((char) c);
            }
            c = in.read();
        }
    }

    /** Reads a quoted field after its opening quote; answers what follows the closing quote. */
    private int quoted(StringBuilder field) throws IOException {
        int opened = line;
        while (true) {
            int c = in.read();
            if (c == END) {
                throw new MalformedCsvException(opened, "a quote opened on this line is never closed");
            }
            if (c == '"') {
                int next = in.read();
                if (next != '"') {
                    return next;
                }
                field.append('"');
            } else if (c == '\r' || c == '\n') {
                lineBreak(c);
                field.append('\n');
            } else {
                field.append((char) c);
            }
        }
    }

    /** Counts a line break that starts with {@code c}, taking the LF of a CRLF with it. */
    private void lineBreak(int c) throws IOException {
        if (c == '\r') {
            int next = in.read();
            if (next != '\n' && next != END) {
                in.unread(next);
            }
        }
        line++;
    }

    private static char delimiterOfFirstRecord(BufferedReader text) throws IOException {
        text.mark(FIRST_RECORD_LOOKAHEAD);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < FIRST_RECORD_LOOKAHEAD; i++) {
            int c = text.read();
            if (c == END || !quoted && (c == '\r' || c == '\n')) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        text.reset();
        return semicolons > commas ? ';' : ',';
    }
}
