package org.chancery.common.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PluralsTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void russianCountsTakeOneFewOrMany() {
        assertThat(Plurals.category(1, RUSSIAN)).isEqualTo("one");
        assertThat(Plurals.category(21, RUSSIAN)).isEqualTo("one");
        assertThat(Plurals.category(3, RUSSIAN)).isEqualTo("few");
        assertThat(Plurals.category(11, RUSSIAN)).isEqualTo("many");
        assertThat(Plurals.category(12, RUSSIAN)).isEqualTo("many");
        assertThat(Plurals.category(356, RUSSIAN)).isEqualTo("many");
        assertThat(Plurals.category(0, RUSSIAN)).isEqualTo("many");
    }

    @Test
    void englishCountsTakeOneOrMany() {
        assertThat(Plurals.category(1, Locale.ENGLISH)).isEqualTo("one");
        assertThat(Plurals.category(0, Locale.ENGLISH)).isEqualTo("many");
        assertThat(Plurals.category(11, Locale.ENGLISH)).isEqualTo("many");
    }
}
