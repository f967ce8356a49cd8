package org.chancery.common.api;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

    @Test
    void leavesPlainFieldsAloneAndEndsRecordsWithCrLf() throws IOException {
        assertThat(write(List.of("1", "VISIT", "2026-01~", "Визит в Астану"))).isEqualTo("1,VISIT,2026-01~,Визит в Астану\r\n");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndDoublesTheirQuotes() throws IOException {
        assertThat(write(List.of("a,b", "say \"hi\"", "two\nlines", "cr\rhere", "plain")))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",plain\r\n");
    }

    @Test
    void writesAMissingValueAsAnEmptyField() throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row("1", null, "");

        assertThat(out).hasToString("1,,\r\n");
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        List<String> fields = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "@SUM(A1:A9)", "+cmd|' /C calc'!A0",
                "-2+3", "\tTAB", "-12.5", "+3", "Saar = Gideon");

        assertThat(CsvReader.parse(write(fields))).containsExactly(List.of("'=HYPERLINK(\"http://evil.example\",\"click\")",
                "'@SUM(A1:A9)", "'+cmd|' /C calc'!A0", "'-2+3", "'\tTAB", "-12.5", "+3", "Saar = Gideon"));
    }

    @Test
    void readsBackExactlyWhatItWrote() throws IOException {
        List<String> fields = List.of("Saar, Gideon", "«Авраамовы соглашения»", "\"quoted\"", "a\r\nb", "", " spaced ");

        assertThat(CsvReader.parse(write(fields))).containsExactly(fields);
    }

    private static String write(List<String> fields) throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(fields);
        return out.toString();
    }
}
