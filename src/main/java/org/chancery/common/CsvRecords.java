package org.chancery.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV as spreadsheets write it, one record at a time, through Apache Commons CSV
 * (RFC 4180: a field in double quotes may hold the delimiter, line breaks and doubled double
 * quotes; records end with CRLF, LF or CR, the last one also with the end of the text). What
 * this adds for spreadsheets: a byte order mark first is skipped; semicolons instead of commas
 * (a spreadsheet set to Russian writes them) are told from the first record; a line break
 * inside a quoted field is read as LF, whichever it was; an empty line is a blank record,
 * not passed over, so that every record keeps its line.
 *
 * <p>Each record keeps the line it starts on, counting from 1, so that a problem with it can
 * be reported where a person finds it in the file.
 */
public final class CsvRecords {

    // How far the first record is read ahead to tell its delimiter: a header row is shorter.
    private static final int FIRST_RECORD_LOOKAHEAD = 64 * 1024;
    private static final int END = -1;
    // Commons CSV names the line of what it refuses in its message: "(startline 2)", "at line: 2".
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line:? ([\\d,]+)");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char delimiter;
    private long linesBefore;

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
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        this.parser = CSVParser.builder().setReader(buffered).setFormat(format).get();
        this.records = parser.iterator();
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
        int start = Math.toIntExact(linesBefore + 1);
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            linesBefore = parser.getCurrentLineNumber();
            return new Record(start, record.stream().map(CsvRecords::withLineFeeds).toList());
        } catch (UncheckedIOException failure) {
            if (failure.getCause() instanceof CSVException refused) {
                throw malformed(refused, start);
            }
            throw failure.getCause();
        }
    }

    private static MalformedCsvException malformed(CSVException refused, int recordStart) {
        String message = String.valueOf(refused.getMessage());
        Matcher line = LINE_IN_MESSAGE.matcher(message);
        int at = line.find() ? Integer.parseInt(line.group(1).replace(",", "")) : recordStart;
        return message.contains("EOF reached before encapsulated token finished")
                ? new MalformedCsvException(at, "a quote opened on this line is never closed")
                : new MalformedCsvException(at, "text follows the closing quote of a cell");
    }

    private static String withLineFeeds(String field) {
        return field.indexOf('\r') < 0 ? field : field.replace("\r\n", "\n").replace('\r', '\n');
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
