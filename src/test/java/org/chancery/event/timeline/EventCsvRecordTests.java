package org.chancery.event.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EventCsvRecordTests {

    private static String record(int sources, String line) {
        byte[] utf8 = (line + "\n").getBytes(StandardCharsets.UTF_8);
        return new String(new EventCsvRecord(sources).of(utf8, 0, utf8.length), StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryColumnOfTheDocumentAsCopyWroteIt() {
        String line = """
                {"id":7,"kind":"VISIT","status":"PLANNED","overdue":false,\
                "title":{"en":" Talks, \\"at last\\" ","ru":"=1+2"},"summary":{"en":"","ru":"-12.5"},\
                "date":{"edtf":"2026-06~","earliest":"2026-06-01","latest":"2026-06-30","precision":"MONTH","approximate":true},\
                "place":{"name":{"en":"Astana\\nwest","ru":null},"state":"KZ"},\
                "states":[{"code":"KZ","side":"HOST","name":{"en":"Kazakhstan","ru":"Казахстан"}},{"code":"IL","side":"GUEST","name":{"en":"Israel","ru":"Израиль"}}],\
                "participants":[{"id":3,"name":{"en":null,"ru":"Иванов"},"role":"HEAD","office":null},{"id":4,"name":{"en":"Smith","ru":"Смит"},"role":"MEMBER","office":{"en":"x","ru":"y"}}],\
                "topics":["aviation","tourism"],\
                "sources":[{"id":5,"outlet":"Trend","title":"t","url":null,"publishedOn":null,"language":"ru","quotedPassage":"+cmd|x"},\
                {"id":9,"outlet":null,"title":"u","url":"https://a.example/1","publishedOn":"2026-01-02","language":"en","quotedPassage":"plain"}],\
                "institutions":[{"id":6,"name":{"en":"SCAT","ru":"SCAT"},"role":"ORGANIZER"}],\
                "agreementId":12,"visit":{"level":"STATE","kind":"OFFICIAL"},"call":null,\
                "memorandum":{"subject":{"en":"@sum","ru":null}},"version":3,"updatedAt":"2026-12-03T16:26:13.314Z"}""";

        assertThat(record(3, line)).isEqualTo("7,VISIT,PLANNED,2026-06~,2026-06-01,2026-06-30,MONTH,true,"
                + "\" Talks, \"\"at last\"\" \",'=1+2,,-12.5,KZ:HOST;IL:GUEST,Иванов:HEAD;Smith:MEMBER,6:ORGANIZER,aviation;tourism,"
                + "\"Astana\nwest\",,KZ,12,STATE,OFFICIAL,,'@sum,,5;9,;https://a.example/1,Trend;,2026-12-03T16:26:13.314Z,"
                + "5,'+cmd|x,9,plain,,\r\n");
    }

    @Test
    void leavesMissingPartsEmptyAndQuotesNoFieldWithoutCause() {
        String line = """
                {"id":1,"kind":"CALL","status":"HAPPENED","overdue":false,"title":{"en":"Call","ru":null},\
                "summary":{"en":null,"ru":null},"date":{"edtf":"2025","earliest":"2025-01-01","latest":"2025-12-31",\
                "precision":"YEAR","approximate":false},"place":null,"states":[],"participants":[],"topics":[],\
                "sources":[{"id":2,"outlet":null,"title":"t","url":null,"publishedOn":null,"language":"en","quotedPassage":null}],\
                "institutions":[],"agreementId":null,"visit":null,"call":{"initiator":"KZ"},"memorandum":null,\
                "version":0,"updatedAt":"2025-02-03T04:05:06Z"}""";

        assertThat(record(1, line)).isEqualTo(
                "1,CALL,HAPPENED,2025,2025-01-01,2025-12-31,YEAR,false,Call,,,,,,,,,,,,,,KZ,,,2,,,2025-02-03T04:05:06Z,2,\r\n");
    }
}
