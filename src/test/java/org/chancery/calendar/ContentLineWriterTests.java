package org.chancery.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLineWriterTests {

    private static final String CYRILLIC = "Заседание Совместного экономического комитета в Израиле (ожидается); "
            + "вероятно, летом или в начале осени 2026 года";

    @Test
    void escapesBackslashSemicolonCommaAndLineBreaksInText() {
        assertThat(ContentLineWriter.escapeText("a\\b;c,d\ne\r\nf\rg"))
                .isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    }

    @Test
    void dropsControlCharactersAValueMayNotHoldButKeepsTabsAndCyrillic() {
        assertThat(ContentLineWriter.escapeText("Шымкент\u0000\u0007\t– Израиль\u007F")).isEqualTo("Шымкент\t– Израиль");
    }

    @Test
    void leavesALineOf75OctetsAloneAndFoldsOneOf76() {
        String exactly = "SUMMARY:" + "x".repeat(67);
        assertThat(ContentLineWriter.fold(exactly)).isEqualTo(exactly);
        assertThat(ContentLineWriter.fold(exactly + "y")).isEqualTo(exactly + "\r\n y");
    }

    @Test
    void foldsCyrillicAt75OctetsWithoutSplittingACharacter() throws CharacterCodingException {
        String line = "SUMMARY:" + ContentLineWriter.escapeText(CYRILLIC + " " + CYRILLIC);

        String folded = ContentLineWriter.fold(line);

        List<String> physical = Arrays.asList(folded.split("\r\n", -1));
        assertThat(physical).hasSizeGreaterThan(3);
        for (String part : physical) {
            byte[] octets = part.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).isLessThanOrEqualTo(75);
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets));
        }
        assertThat(physical.subList(1, physical.size())).allSatisfy(part -> assertThat(part).startsWith(" "));
        // Cyrillic letters are two octets: a full line of them stops at 74 or 75.
        assertThat(physical.getFirst().getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(74);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        String line = "SUMMARY:" + "x".repeat(66) + "\uD83C\uDDEE\uD83C\uDDF1";

        String folded = ContentLineWriter.fold(line);

        assertThat(folded).isEqualTo("SUMMARY:" + "x".repeat(66) + "\r\n \uD83C\uDDEE\uD83C\uDDF1");
    }

    @Test
    void keepsAnEscapeOnOneLine() {
        String line = "SUMMARY:" + "x".repeat(66) + "\\,after";

        assertThat(ContentLineWriter.fold(line)).isEqualTo("SUMMARY:" + "x".repeat(66) + "\r\n \\,after");
    }

    @Test
    void aRealParserReadsBackTheTextExactly() throws Exception {
        String text = "Визит; «Авраамовы соглашения», 27 января\nвторая строка \\ конец, " + CYRILLIC.repeat(3);
        StringWriter out = new StringWriter();
        ContentLineWriter lines = new ContentLineWriter(out);
        lines.property("BEGIN", "VCALENDAR");
        lines.property("VERSION", "2.0");
        lines.property("PRODID", "-//Chancery//Tests//EN");
        lines.property("BEGIN", "VEVENT");
        lines.property("UID", "test@chancery");
        lines.property("DTSTAMP", "20260101T000000Z");
        lines.property("DTSTART;VALUE=DATE", "20260609");
        lines.text("SUMMARY", text);
        lines.property("END", "VEVENT");
        lines.property("END", "VCALENDAR");

        Calendar calendar = new CalendarBuilder().build(new StringReader(out.toString()));

        VEvent event = (VEvent) calendar.getComponents().getFirst();
        assertThat(event.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(text);
    }

    @Test
    void aLineBreakInAnUntypedValueCannotStartAPropertyOfItsOwn() throws IOException {
        StringWriter out = new StringWriter();
        new ContentLineWriter(out).property("URL", "https://example.org/a\r\nEND:VCALENDAR");

        assertThat(out).hasToString("URL:https://example.org/aEND:VCALENDAR\r\n");
    }

    @Test
    void writesEachLineEndedByCrLf() throws IOException {
        StringWriter out = new StringWriter();
        new ContentLineWriter(out).text("LOCATION", "Astana, Kazakhstan");

        assertThat(out).hasToString("LOCATION:Astana\\, Kazakhstan\r\n");
    }
}
