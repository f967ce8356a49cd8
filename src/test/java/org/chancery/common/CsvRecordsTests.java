package org.chancery.common;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.chancery.common.CsvRecords.MalformedCsvException;
import org.chancery.common.CsvRecords.Record;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRecordsTests {

    @Test
    void readsFieldsSeparatedByCommasAndRecordsEndedByCrlf() throws IOException {
        assertThat(read("kind,status\r\nVISIT,HAPPENED\r\n")).containsExactly(
                new Record(1, List.of("kind", "status")),
                new Record(2, List.of("VISIT", "HAPPENED")));
    }

    @Test
    void takesLfAndCrAsRecordEndsAndTheEndOfTheTextAfterTheLastRecord() throws IOException {
        assertThat(read("a,b\nc,d\re,f")).extracting(Record::line, Record::fields).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, List.of("a", "b")),
                org.assertj.core.groups.Tuple.tuple(2, List.of("c", "d")),
                org.assertj.core.groups.Tuple.tuple(3, List.of("e", "f")));
    }

    @Test
    void aQuotedFieldHoldsCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<Record> records = read("""
                title,passage
                "Talks, at last","He said: ""water first""\r
                and then trade"
                next,row
                """);

        assertThat(records.get(1)).isEqualTo(new Record(2, List.of("Talks, at last", "He said: \"water first\"\nand then trade")));
        assertThat(records.get(2).line()).as("the line the record starts on, counting the break inside the quotes").isEqualTo(4);
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        assertThat(read("\uFEFFkind,status\nVISIT,HAPPENED\n").getFirst().fields()).containsExactly("kind", "status");
    }

    @Test
    void readsSemicolonsAsTheDelimiterWhenTheFirstRecordIsSeparatedByThem() throws IOException {
        List<Record> records = read("kind;states;title_en\nVISIT;\"KZ:HOST; IL:GUEST\";Talks, at last\n");

        assertThat(records.get(1).fields()).containsExactly("VISIT", "KZ:HOST; IL:GUEST", "Talks, at last");
        assertThat(new CsvRecords(new StringReader("a,b;c,d")).delimiter()).isEqualTo(',');
    }

    @Test
    void keepsEmptyFieldsAndReadsAnEmptyLineAsABlankRecord() throws IOException {
        List<Record> records = read("a,,c,\n\n,,\n");

        assertThat(records.get(0).fields()).containsExactly("a", "", "c", "");
        assertThat(records.get(1).isBlank()).isTrue();
        assertThat(records.get(2)).isEqualTo(new Record(3, List.of("", "", "")));
        assertThat(records.get(2).isBlank()).isTrue();
        assertThat(records).hasSize(3);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
        assertThat(read("Ben \"Bibi\" N,x\n").getFirst().fields()).containsExactly("Ben \"Bibi\" N", "x");
    }

    @Test
    void refusesAQuoteNeverClosedNamingTheLineItOpensOn() {
        assertThatThrownBy(() -> read("a,b\nc,\"open\nd,e\n"))
                .isInstanceOfSatisfying(MalformedCsvException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessage("a quote opened on this line is never closed");
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        assertThatThrownBy(() -> read("a,b\n\"quoted\" then,c\n"))
                .isInstanceOfSatisfying(MalformedCsvException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessage("text follows the closing quote of a cell");
    }

    @Test
    void anEmptyTextHasNoRecords() throws IOException {
        assertThat(read("")).isEmpty();
        assertThat(read("\uFEFF")).isEmpty();
    }

    private static List<Record> read(String text) throws IOException {
        return CsvRecords.readAll(new StringReader(text));
    }
}
