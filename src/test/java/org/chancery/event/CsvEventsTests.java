package org.chancery.event;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvEventsTests {

    private static final String HEADER = "kind,status,date,title_en,title_ru,states,participants,topics,"
            + "place_en,place_state,visit_level,visit_kind,source_id,quoted_passage,source_id_2,quoted_passage_2\n";

    /** A record of three persons (two of one name) and one source, as the lookups would answer. */
    private static final CsvEvents.References RECORD = new CsvEvents.References() {
        @Override
        public Map<String, List<Long>> personsNamed(Set<String> names) {
            Map<String, List<Long>> persons = Map.of("gideon saar", List.of(5L), "гидеон саар", List.of(5L),
                    "john smith", List.of(7L, 8L));
            return persons.entrySet().stream().filter(entry -> names.contains(entry.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Map<String, Long> sourcesAt(Set<String> addresses) {
            return addresses.stream().filter(address -> address.contains("centrasia.org/newsA.php?st=1769600100"))
                    .collect(Collectors.toMap(address -> address, address -> 4L));
        }
    };

    @Test
    void personsByNameSourcesByAddressAndTheExportsOwnColumnsAreRead() throws IOException {
        List<ImportLine> lines = read("id,kind,status,date,date_earliest,title_en,states,participants,updated_at,"
                + "source_id,quoted_passage\n"
                + "12,CALL,HAPPENED,2026-01-27,2026-01-27,'=Call,KZ:INITIATOR,Гидеон Саар:GUEST,2026-11-21T02:01:39Z,"
                + "https://www.centrasia.org/newsA.php?st=1769600100,'-passage\n"
                + "13,CALL,HAPPENED,2026-01-27,2026-01-27,Call,KZ:INITIATOR,John Smith:GUEST;Nobody Known:HOST,,"
                + "https://example.org/unknown,passage\n");

        assertThat(lines.getFirst().problems()).isEmpty();
        assertThat(lines.getFirst().command().title().en()).isEqualTo("=Call");
        assertThat(lines.getFirst().command().participants()).containsExactly(new EventCommand.Participant(5L, ParticipantRole.GUEST));
        assertThat(lines.getFirst().command().sources()).containsExactly(new EventCommand.SourcePassage(4L, "-passage"));
        assertThat(lines.get(1).command()).isNull();
        assertThat(lines.get(1).problems()).containsExactly(
                new InvalidParameter("participants", "2 persons are named John Smith: give the number of the one meant"),
                new InvalidParameter("participants", "no person of the record is named Nobody Known: add them first, or give their number"),
                new InvalidParameter("source_id", "no source of the record has this address: add the source first"));
    }

    @Test
    void readsARowIntoTheEventTheApiWouldTake() throws IOException {
        List<ImportLine> lines = read(HEADER + "visit,Happened,March 2026,Visit to Israel,Визит,\"KZ:guest; IL:HOST\","
                + "\"6:GUEST;5:host\",Water,Jerusalem,il,MINISTERIAL,official,5,\"Визиты, \"\"активные\"\"\",,\n");

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(2);
            assertThat(line.problems()).isEmpty();
            assertThat(line.command()).isEqualTo(new EventCommand(EventKind.VISIT, EventStatus.HAPPENED,
                    new Text("Visit to Israel", "Визит"), null, "2026-03",
                    new EventCommand.Place(new Text("Jerusalem", null), "IL"), null,
                    new EventCommand.Visit(VisitLevel.MINISTERIAL, VisitKind.OFFICIAL), null, null,
                    List.of(new EventCommand.StateRole("KZ", StateSide.GUEST), new EventCommand.StateRole("IL", StateSide.HOST)),
                    List.of(new EventCommand.Participant(6L, ParticipantRole.GUEST), new EventCommand.Participant(5L, ParticipantRole.HOST)),
                    List.of(), List.of("water"),
                    List.of(new EventCommand.SourcePassage(5L, "Визиты, \"активные\""))));
        });
    }

    @Test
    void reportsEveryBadCellOfARowByItsColumn() throws IOException {
        List<ImportLine> lines = read(HEADER + "VISTI,HAPPENED,2026-13,T,,KZ HOST,x:GUEST,,,,,,,,five,passage\n");

        assertThat(lines.getFirst().command()).isNull();
        assertThat(lines.getFirst().problems()).extracting(InvalidParameter::name)
                .containsExactly("kind", "date", "states", "participants", "source_id_2");
        assertThat(lines.getFirst().problems()).contains(
                new InvalidParameter("kind", "not a kind of event"),
                new InvalidParameter("states", "write each state as CODE:SIDE, such as KZ:HOST"),
                new InvalidParameter("source_id_2", "not the number or the address of a source"));
    }

    @Test
    void aDateIsReadAsPeopleTypeItAndRefusedInTheReadersLanguage() throws IOException {
        String row = "CALL,PLANNED,%s,T,,KZ:INITIATOR,,,,,,,5,p,,\n";

        assertThat(read(HEADER + row.formatted("примерно ноябрь 2025")).getFirst().command().date()).isEqualTo("2025-11~");
        assertThat(CsvEvents.read(new StringReader(HEADER + row.formatted("когда-нибудь")), Locale.forLanguageTag("ru"), RECORD)
                .getFirst().problems().getFirst().reason()).startsWith("Не удаётся прочитать дату «когда-нибудь»");
    }

    @Test
    void aSourceNeedsBothItsNumberAndItsPassageAndAnEventAtLeastOneSource() throws IOException {
        List<ImportLine> lines = read(HEADER
                + "CALL,PLANNED,2026,T,,KZ:INITIATOR,,,,,,,5,,,\n"
                + "CALL,PLANNED,2026,T,,KZ:INITIATOR,,,,,,,,,,\n");

        assertThat(lines.get(0).problems()).containsExactly(
                new InvalidParameter("quoted_passage", "quote the passage of the source that reports the event"));
        assertThat(lines.get(1).problems()).containsExactly(new InvalidParameter("source_id", CsvEvents.EMPTY));
    }

    @Test
    void aBadHeaderIsTheOneLineReported() throws IOException {
        List<ImportLine> lines = read("Kind,Status,Date,Title EN,states,colour,states,source_id,quoted_passage_2\n"
                + "VISIT,HAPPENED,2026,T,KZ:HOST,red,,5,\n");

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(1);
            assertThat(line.problems()).containsExactlyInAnyOrder(
                    new InvalidParameter("colour", "not a column of the events CSV"),
                    new InvalidParameter("states", "named twice"),
                    new InvalidParameter("quoted_passage", "missing: every events CSV has this column"),
                    new InvalidParameter("source_id_2", "missing: every events CSV has this column"));
        });
    }

    @Test
    void skipsEmptyRowsAndCountsLinesAsTheFileHasThem() throws IOException {
        List<ImportLine> lines = read("\n" + HEADER + ",,,,,,,,,,,,,,,\n"
                + "CALL,PLANNED,2026,\"two\nlines\",,KZ:INITIATOR,,,,,,,5,p,,\n"
                + "CALL,PLANNED,2026,T,,KZ:INITIATOR,,,,,,,5,p,,\n");

        assertThat(lines).extracting(ImportLine::number).containsExactly(4, 6);
    }

    @Test
    void namesTheColumnAProblemOfTheServiceComesFrom() {
        List<Integer> sourceColumns = List.of(1, 3);

        assertThat(CsvEvents.column("sources[1].sourceId", sourceColumns)).isEqualTo("source_id_3");
        assertThat(CsvEvents.column("sources[0].quotedPassage", sourceColumns)).isEqualTo("quoted_passage");
        assertThat(CsvEvents.column("states[1].code", sourceColumns)).isEqualTo("states");
        assertThat(CsvEvents.column("title.ru", sourceColumns)).isEqualTo("title_ru");
        assertThat(CsvEvents.column("place.state", sourceColumns)).isEqualTo("place_state");
        assertThat(CsvEvents.column("event-kind-fields", sourceColumns)).isEqualTo("event-kind-fields");
    }

    private static List<ImportLine> read(String csv) throws IOException {
        return CsvEvents.read(new StringReader(csv), Locale.ENGLISH, RECORD);
    }
}
