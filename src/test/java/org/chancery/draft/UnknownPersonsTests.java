package org.chancery.draft;

import java.util.List;
import java.util.Map;

import org.chancery.draft.ArticleDrafts.DraftOffice;
import org.chancery.draft.KnownName.Kind;
import org.chancery.draft.RecordNames.RecordOffice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Persons the record lacks, found where a sentence names them with their office and state. */
class UnknownPersonsTests {

    private static final NameRecogniser NAMES = new NameRecogniser(List.of(
            new KnownName(Kind.STATE, "KZ", "KZ", "Kazakhstan"), new KnownName(Kind.STATE, "KZ", "KZ", "Казахстан"),
            new KnownName(Kind.STATE, "IL", "IL", "Israel"), new KnownName(Kind.STATE, "IL", "IL", "Израиль"),
            new KnownName(Kind.STATE, "AZ", "AZ", "Azerbaijan"), new KnownName(Kind.STATE, "AZ", "AZ", "Азербайджан"),
            new KnownName(Kind.PERSON, "1", "KZ", "Касым-Жомарт Токаев"),
            new KnownName(Kind.INSTITUTION, "2", "IL", "Министерство иностранных дел Израиля")));

    private static final List<RecordOffice> OFFICES = List.of(
            new RecordOffice("Minister of Foreign Affairs of Israel", "Министр иностранных дел Израиля", "IL", 2L,
                    "Ministry of Foreign Affairs of Israel"),
            new RecordOffice("President of Israel", "Президент Израиля", "IL", null, null),
            new RecordOffice("President of Kazakhstan", "Президент Казахстана", "KZ", null, null),
            new RecordOffice("Prime Minister of Israel", "Премьер-министр Израиля", "IL", null, null),
            new RecordOffice("Speaker of the Knesset", "Председатель Кнессета", "IL", 3L, "Knesset"));

    private static final UnknownPersons PERSONS = new UnknownPersons(NAMES, OFFICES,
            Map.of("KZ", "Kazakhstan", "IL", "Israel", "AZ", "Azerbaijan"));

    @Test
    void findsAPersonNamedInTheGenitiveAfterTheOfficeTheRecordHas() {
        assertThat(PERSONS.in("Визит главы МИД Израиля Гидеона Саара в Астану 27 января ознаменовал новый этап"))
                .singleElement().satisfies(person -> {
                    assertThat(person.nameRu()).isEqualTo("Гидеон Саар");
                    assertThat(person.nameEn()).isEqualTo("Gideon Saar");
                    assertThat(person.state()).isEqualTo("IL");
                    assertThat(person.office()).isEqualTo(new DraftOffice("Minister of Foreign Affairs of Israel",
                            "Министр иностранных дел Израиля", "IL", 2L, "Ministry of Foreign Affairs of Israel"));
                });
    }

    @Test
    void givesTheTitlesOfANewOfficeWhenTheRecordHasNone() {
        assertThat(PERSONS.in("Переговоры с президентом Касым-Жомартом Токаевым и главой МИД Казахстана Ермеком Кошербаевым"))
                .singleElement().satisfies(person -> {
                    assertThat(person.nameRu()).isEqualTo("Ермек Кошербаев");
                    assertThat(person.office()).isEqualTo(new DraftOffice("Minister of Foreign Affairs of Kazakhstan",
                            "Министр иностранных дел Казахстана", "KZ", null, null));
                });
        assertThat(PERSONS.in("министр иностранных дел Азербайджана Джейхун Байрамов заявил")).singleElement()
                .satisfies(person -> assertThat(person.office().titleEn()).isEqualTo("Minister of Foreign Affairs of Azerbaijan"));
    }

    @Test
    void proposesACounterpartOfTheStateTheAdjectiveNamesWithNoOfficeForTheWordingNamesNone() {
        assertThat(PERSONS.in("Президент Казахстана по случаю дня памяти направил израильскому коллеге Ицхаку Герцогу телеграмму"))
                .singleElement().satisfies(person -> {
                    assertThat(person.nameRu()).isEqualTo("Ицхак Герцог");
                    assertThat(person.office()).isNull();
                    assertThat(person.state()).isEqualTo("IL");
                });
        assertThat(PERSONS.in("направил президенту Израиля Ицхаку Герцогу телеграмму")).singleElement()
                .satisfies(person -> assertThat(person.office().titleEn()).isEqualTo("President of Israel"));
    }

    @Test
    void proposesNoOneTheRecordHoldsOrNoOneNamedByOfficeAlone() {
        assertThat(PERSONS.in("Переговоры с президентом Касым-Жомартом Токаевым")).isEmpty();
        assertThat(PERSONS.in("Выступая на пресс-конференции в Астане, глава МИД Израиля особо отметил роль Казахстана")).isEmpty();
        assertThat(PERSONS.in("глава МИД Израиля Гидеон Саар")).isNotEmpty();
        assertThat(new UnknownPersons(new NameRecogniser(List.of(new KnownName(Kind.STATE, "IL", "IL", "Израиль"),
                new KnownName(Kind.PERSON, "5", "IL", "Гидеон Саар"))), OFFICES, Map.of())
                .in("Визит главы МИД Израиля Гидеона Саара в Астану")).isEmpty();
    }

    @Test
    void findsAPersonAfterAnyOfficeOfTheRecordInAnyCaseWithItsStateAfterIt() {
        assertThat(PERSONS.in("в ходе встречи с Председателем Кнессета Израиля Амиром Оханой Президент Касым-Жомарт Токаев заявил"))
                .singleElement().satisfies(person -> {
                    assertThat(person.nameRu()).isEqualTo("Амир Охана");
                    assertThat(person.office()).isEqualTo(new DraftOffice("Speaker of the Knesset", "Председатель Кнессета", "IL", 3L,
                            "Knesset"));
                });
    }

    @Test
    void takesThePersonASentenceOpensWithAsTheHolderOfTheOfficeTheSentenceBeforeNamedWithNoName() {
        String before = "Премьер-министр Израиля выразил глубокую признательность Касым-Жомарту Токаеву за решение.";
        assertThat(PERSONS.in("Биньямин Нетаньяху назвал этот шаг смелым и дальновидным.", before)).singleElement()
                .satisfies(person -> {
                    assertThat(person.nameRu()).isEqualTo("Биньямин Нетаньяху");
                    assertThat(person.office().titleEn()).isEqualTo("Prime Minister of Israel");
                });
        assertThat(PERSONS.in("Биньямин Нетаньяху назвал этот шаг смелым.", "Это решение приветствовали в Израиле.")).isEmpty();
        // An office whose holder the record knows names them; the next sentence's name is someone else.
        UnknownPersons heldByTokayev = new UnknownPersons(new NameRecogniser(List.of(new KnownName(Kind.STATE, "KZ", "KZ", "Казахстан"),
                new KnownName(Kind.OFFICE, "1", "KZ", "Президент Казахстана"))), OFFICES, Map.of());
        assertThat(heldByTokayev.in("Биньямин Нетаньяху назвал этот шаг смелым.", "Президент Казахстана выразил признательность."))
                .isEmpty();
    }
}
