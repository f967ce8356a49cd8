package org.chancery.draft;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A name as an article writes it, back in the nominative and in Latin letters. */
class PersonNamesTests {

    @Test
    void givesTheNominativeOfAMansNameInTheOtherCases() {
        assertThat(PersonNames.nominative("Гидеона Саара")).isEqualTo("Гидеон Саар");
        assertThat(PersonNames.nominative("Ицхаку Герцогу")).isEqualTo("Ицхак Герцог");
        assertThat(PersonNames.nominative("Ермеком Кошербаевым")).isEqualTo("Ермек Кошербаев");
        assertThat(PersonNames.nominative("Касым-Жомартом Токаевым")).isEqualTo("Касым-Жомарт Токаев");
    }

    @Test
    void readsASurnameInOyAsTheInstrumentalOfOneInAOnlyBesideAnInstrumentalFirstName() {
        assertThat(PersonNames.nominative("Амиром Оханой")).isEqualTo("Амир Охана");
        assertThat(PersonNames.nominative("Лев Толстой")).isEqualTo("Лев Толстой");
    }

    @Test
    void keepsANominativeAsWrittenThoughTheStemmerCutsItShorter() {
        assertThat(PersonNames.nominative("Ермек Кошербаев")).isEqualTo("Ермек Кошербаев");
        assertThat(PersonNames.nominative("Гидеон Саар")).isEqualTo("Гидеон Саар");
    }

    @Test
    void writesTheNameInLatinLettersByTheBgnRomanisation() {
        assertThat(PersonNames.latin("Гидеон Саар")).isEqualTo("Gideon Saar");
        assertThat(PersonNames.latin("Ермек Кошербаев")).isEqualTo("Yermek Kosherbayev");
        assertThat(PersonNames.latin("Ицхак Герцог")).isEqualTo("Itskhak Gertsog");
    }
}
