package org.chancery.common.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chancery.common.SpreadsheetCells;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * Writes CSV as RFC 4180 has it, through Apache Commons CSV: fields separated by commas,
 * every record ended by CRLF, and a field that holds a comma, a double quote, a CR or an LF
 * enclosed in double quotes, with its own double quotes doubled. A missing value is an empty
 * field. Fields are strings, so every caller decides how a number or a date is written (an
 * amount never in exponent form). Nothing is buffered here: each record goes to the writer
 * as it is written, so an export streams.
 *
 * <p>A field a spreadsheet would run as a formula ({@code =HYPERLINK(…)}, {@code @SUM(…)},
 * {@code +cmd|…}, one starting with a tab or CR) gets a leading apostrophe, so that it shows as
 * the text it is ({@link SpreadsheetCells}). Plain numbers ({@code -12.5}) are left as they are.
 */
public final class CsvWriter {

    /** {@code text/csv} (RFC 4180) in UTF-8, as every CSV of the API is sent. */
    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CSVPrinter out;

    public CsvWriter(Writer out) throws IOException {
        this.out = new CSVPrinter(out, CSVFormat.RFC4180);
    }

    public void row(@Nullable String... fields) throws IOException {
        row(Arrays.asList(fields));
    }

    public void row(List<? extends @Nullable String> fields) throws IOException {
        for (String field : fields) {
            out.print(field == null ? null : SpreadsheetCells.neutralised(field));
        }
        out.println();
    }
}
