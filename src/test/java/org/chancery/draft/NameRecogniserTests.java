package org.chancery.draft;

import java.util.List;

import org.chancery.draft.KnownName.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names of the record found in any grammatical case, by their Snowball stems. */
class NameRecogniserTests {

    private static final NameRecogniser NAMES = new NameRecogniser(List.of(
            new KnownName(Kind.STATE, "KZ", "KZ", "Kazakhstan"), new KnownName(Kind.STATE, "KZ", "KZ", "Казахстан"),
            new KnownName(Kind.STATE, "IL", "IL", "Israel"), new KnownName(Kind.STATE, "IL", "IL", "Израиль"),
            new KnownName(Kind.STATE, "TG", "TG", "Того"),
            new KnownName(Kind.STATE, "US", "US", "Соединённые Штаты Америки"),
            new KnownName(Kind.PLACE, "KZ", "KZ", "Астана"),
            new KnownName(Kind.PERSON, "1", "KZ", "Касым-Жомарт Токаев"), new KnownName(Kind.PERSON, "1", "KZ", "Kassym-Jomart Tokayev"),
            new KnownName(Kind.PERSON, "5", "IL", "Гидеон Саар"),
            new KnownName(Kind.OFFICE, "2", "IL", "Премьер-министр Израиля"),
            new KnownName(Kind.INSTITUTION, "2", "IL", "Министерство иностранных дел Израиля"),
            new KnownName(Kind.INSTITUTION, "1", "KZ", "Министерство иностранных дел Республики Казахстан"),
            new KnownName(Kind.TOPIC, "water", null, "Водные ресурсы"),
            new KnownName(Kind.AGREEMENT, "1", null, "Соглашения Авраама")));

    private static List<String> found(String sentence) {
        return NAMES.mentions(sentence).stream().map(m -> m.name().kind() + ":" + m.name().key()).distinct().toList();
    }

    @Test
    void findsStatesPlacesAndPersonsInAnyCase() {
        assertThat(found("Решение Казахстана присоединиться к соглашениям")).containsExactly("STATE:KZ");
        assertThat(found("Министр прибыл в Астану")).containsExactly("PLACE:KZ");
        assertThat(found("Переговоры с президентом Касым-Жомартом Токаевым")).containsExactly("PERSON:1");
        assertThat(found("Казахстан поддерживает отношения с Израилем")).containsExactly("STATE:KZ", "STATE:IL");
        assertThat(found("Visit of President Tokayev to Israel")).containsExactly("PERSON:1", "STATE:IL");
    }

    @Test
    void findsAStateByTheAdjectiveMadeFromItsName() {
        assertThat(found("Визит израильского министра")).containsExactly("STATE:IL");
        assertThat(found("казахстанская сторона")).containsExactly("STATE:KZ");
    }

    @Test
    void needsACapitalForASingleWordNameSoCommonWordsAreNoStates() {
        assertThat(found("после того как стороны договорились")).isEmpty();
    }

    @Test
    void findsNamesOfSeveralWordsTogetherOrByTheirAbbreviation() {
        assertThat(found("Премьер-министр Израиля выразил признательность")).contains("OFFICE:2", "STATE:IL");
        assertThat(found("Глава МИД Израиля Гидеон Саар")).containsExactly("INSTITUTION:2", "STATE:IL", "PERSON:5");
        assertThat(found("глава МИД Казахстана Ермек Кошербаев")).containsExactly("INSTITUTION:1", "STATE:KZ");
        assertThat(found("Президент посетил США")).containsExactly("STATE:US");
        assertThat(found("Представители МИД прибыли")).as("an abbreviation without its state").isEmpty();
    }

    @Test
    void findsTopicsAndAgreementsInAnyCase() {
        assertThat(found("технологии управления водными ресурсами")).containsExactly("TOPIC:water");
        assertThat(found("присоединение Астаны к Соглашениям Авраама")).containsExactly("PLACE:KZ", "AGREEMENT:1");
    }
}
