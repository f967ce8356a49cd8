package org.chancery.common.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountDisplayTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void writesRoundAmountsInWordsWithoutRoundingThem() {
        assertThat(AmountDisplay.compact(new BigDecimal("1500000000"), Locale.ENGLISH)).isEqualTo("1.5 billion");
        assertThat(AmountDisplay.compact(new BigDecimal("162000000"), Locale.ENGLISH)).isEqualTo("162 million");
        assertThat(AmountDisplay.compact(new BigDecimal("1500000000"), RUSSIAN)).isEqualTo("1,5 миллиарда");
        assertThat(AmountDisplay.compact(new BigDecimal("360000000"), RUSSIAN)).isEqualTo("360 миллионов");
    }

    @Test
    void writesEveryDigitWhereWordsWouldRound() {
        assertThat(AmountDisplay.compact(new BigDecimal("162345678.90"), Locale.ENGLISH)).isEqualTo("162,345,678.9");
        assertThat(AmountDisplay.compact(new BigDecimal("950"), Locale.ENGLISH)).isEqualTo("950");
    }
}
