package org.chancery.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.chancery.common.DatePrecision.Season;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UncertainDateTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void monthStaysAMonth() {
        UncertainDate november = UncertainDate.month(2025, 11);

        assertThat(november.earliest()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(november.latest()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(november.toEdtf()).isEqualTo("2025-11");
        assertThat(UncertainDateFormat.format(november, Locale.ENGLISH)).isEqualTo("November 2025");
        assertThat(UncertainDateFormat.format(november, RUSSIAN)).isEqualTo("ноябрь 2025");
    }

    @Test
    void dayReadsAsADay() {
        UncertainDate visit = UncertainDate.day(2026, 1, 27);

        assertThat(visit.toEdtf()).isEqualTo("2026-01-27");
        assertThat(UncertainDateFormat.format(visit, Locale.ENGLISH)).isEqualTo("27 January 2026");
        assertThat(UncertainDateFormat.format(visit, RUSSIAN)).isEqualTo("27 января 2026");
    }

    /** The formats made once write every day as the ones the JDK builds for a call did. */
    @Test
    void everyDayReadsAsTheLanguagesLongStyleWritesIt() {
        DateTimeFormatter english = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);
        DateTimeFormatter russian = DateTimeFormatter.ofPattern("d MMMM yyyy", RUSSIAN);
        for (LocalDate day = LocalDate.of(1991, 12, 16); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
            assertThat(UncertainDateFormat.format(UncertainDate.day(day), Locale.ENGLISH)).isEqualTo(day.format(english));
            assertThat(UncertainDateFormat.format(UncertainDate.day(day), RUSSIAN)).isEqualTo(day.format(russian));
        }
        assertThat(UncertainDateFormat.format(UncertainDate.day(LocalDate.of(992, 3, 1)), Locale.ENGLISH)).isEqualTo("1 March 992");
    }

    @Test
    void summerOrEarlyAutumnIsASeasonRange() {
        UncertainDate window = UncertainDate.season(Season.SUMMER, 2026)
                .through(UncertainDate.season(Season.AUTUMN, 2026)).approximately();

        assertThat(window.earliest()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(window.latest()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(window.toEdtf()).isEqualTo("2026-22~/2026-23~");
        assertThat(UncertainDateFormat.format(window, Locale.ENGLISH)).isEqualTo("about summer 2026 – autumn 2026");
    }

    @Test
    void dayRangeWithinAMonthReadsCompactly() {
        UncertainDate visit = UncertainDate.day(2025, 11, 5).through(UncertainDate.day(2025, 11, 6));

        assertThat(visit.toEdtf()).isEqualTo("2025-11-05/2025-11-06");
        assertThat(UncertainDateFormat.format(visit, Locale.ENGLISH)).isEqualTo("5–6 November 2025");
    }

    @Test
    void winterRunsIntoTheNextYear() {
        UncertainDate winter = UncertainDate.season(Season.WINTER, 2025);

        assertThat(winter.earliest()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(winter.latest()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(winter.toEdtf()).isEqualTo("2025-24");
    }

    @Test
    void quarterAndYear() {
        assertThat(UncertainDate.quarter(2026, 1).toEdtf()).isEqualTo("2026-33");
        assertThat(UncertainDate.quarter(2026, 4).latest()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(UncertainDate.year(2020).through(UncertainDate.year(2021)).toEdtf()).isEqualTo("2020/2021");
        assertThat(UncertainDateFormat.format(UncertainDate.year(1992).approximately(), RUSSIAN)).isEqualTo("около 1992");
    }

    @Test
    void russianPutsTheDateInTheCaseItsWordsNeed() {
        UncertainDate november = UncertainDate.month(2025, 11);
        UncertainDate window = UncertainDate.month(2026, 6).through(UncertainDate.month(2026, 9)).approximately();

        assertThat(UncertainDateFormat.format(UncertainDate.month(2026, 1).approximately(), RUSSIAN)).isEqualTo("около января 2026");
        assertThat(UncertainDateFormat.format(window, RUSSIAN)).isEqualTo("около июня 2026 – сентября 2026");
        assertThat(UncertainDateFormat.when(november, RUSSIAN)).isEqualTo("в ноябре 2025 года");
        assertThat(UncertainDateFormat.when(november.approximately(), RUSSIAN)).isEqualTo("около ноября 2025 года");
        assertThat(UncertainDateFormat.when(UncertainDate.day(2026, 1, 27), RUSSIAN)).isEqualTo("27 января 2026 года");
        assertThat(UncertainDateFormat.when(UncertainDate.season(Season.SUMMER, 2026), RUSSIAN)).isEqualTo("летом 2026 года");
        assertThat(UncertainDateFormat.when(UncertainDate.quarter(2026, 1), RUSSIAN)).isEqualTo("в 1-м квартале 2026 года");
        assertThat(UncertainDateFormat.when(UncertainDate.year(2026), RUSSIAN)).isEqualTo("в 2026 году");
        assertThat(UncertainDateFormat.when(UncertainDate.year(2020).through(UncertainDate.year(2021)), RUSSIAN))
                .isEqualTo("в 2020–2021 годах");
        assertThat(UncertainDateFormat.when(UncertainDate.year(2020).through(UncertainDate.year(2021)).approximately(), RUSSIAN))
                .isEqualTo("около 2020–2021 годов");
        assertThat(UncertainDateFormat.when(window.through(window), RUSSIAN)).isEqualTo("около июня 2026 года – сентября 2026 года");
        assertThat(UncertainDateFormat.when(UncertainDate.month(2025, 11).through(UncertainDate.month(2026, 1)), RUSSIAN))
                .isEqualTo("с ноября 2025 года по январь 2026 года");
        assertThat(UncertainDateFormat.when(november, Locale.ENGLISH)).isEqualTo("in November 2025");
        assertThat(UncertainDateFormat.when(UncertainDate.day(2026, 1, 27), Locale.ENGLISH)).isEqualTo("on 27 January 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-27", "2025-11", "2025-11~", "2026", "2026-22~/2026-23~", "2026-33",
            "2020/2021", "2023-09~/2023-10~", "2025-11-05/2025-11-06", "2025-24"})
    void edtfReadsBackWhatItWrites(String edtf) {
        assertThat(UncertainDate.parseEdtf(edtf).toEdtf()).isEqualTo(edtf);
    }

    @Test
    void refusesAnEndBeforeItsStart() {
        assertThatThrownBy(() -> UncertainDate.month(2026, 3).through(UncertainDate.month(2026, 1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot come before its start");
        assertThatThrownBy(() -> UncertainDate.parseEdtf("2026-03/2026-01"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesBoundsThatClaimMorePrecisionThanRecorded() {
        assertThatThrownBy(() -> new UncertainDate(LocalDate.of(2025, 11, 7), LocalDate.of(2025, 11, 30),
                DatePrecision.MONTH, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-02-30", "26-01", "January 2026", "2026-25", "2026-01/2026"})
    void refusesWhatIsNotADate(String text) {
        assertThatThrownBy(() -> UncertainDate.parseEdtf(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
