package org.chancery.common;

import java.util.Locale;
import java.util.stream.Stream;

import org.chancery.common.DatePrecision.Season;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UncertainDateInputTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-27                        | 2026-01-27
            2026-01                           | 2026-01
            2026                              | 2026
            2026-01~                          | 2026-01~
            2025-11-05/2025-11-06             | 2025-11-05/2025-11-06
            2026-22                           | 2026-22
            2026-33                           | 2026-33
            2026-01 – 2026-03                 | 2026-01/2026-03
            27 January 2026                   | 2026-01-27
            January 27, 2026                  | 2026-01-27
            January 27th, 2026                | 2026-01-27
            27th of January 2026              | 2026-01-27
            27 Jan 2026                       | 2026-01-27
            27 Sept. 2026                     | 2026-09-27
            27.01.2026                        | 2026-01-27
            1.2.2026                          | 2026-02-01
            27 января 2026                    | 2026-01-27
            27 января 2026 г.                 | 2026-01-27
            27 января 2026 года               | 2026-01-27
            27 янв. 2026                      | 2026-01-27
            January 2026                      | 2026-01
            Jan 2026                          | 2026-01
            январь 2026                       | 2026-01
            января 2026                       | 2026-01
            в январе 2026                     | 2026-01
            в январе 2026 года                | 2026-01
            summer 2026                       | 2026-22
            Summer 2026                       | 2026-22
            лето 2026                         | 2026-22
            летом 2026                        | 2026-22
            осенью 2026 г.                    | 2026-23
            winter 2025                       | 2025-24
            зимой 2025/26                     | 2025-24
            winter 2025–2026                  | 2025-24
            winter 2025-26                    | 2025-24
            summer–autumn 2026                | 2026-22/2026-23
            summer-autumn 2026                | 2026-22/2026-23
            summer 2026 – autumn 2026         | 2026-22/2026-23
            summer or autumn 2026             | 2026-22/2026-23
            summer or early autumn 2026       | 2026-22~/2026-23~
            летом или в начале осени 2026     | 2026-22~/2026-23~
            лето – осень 2026                 | 2026-22/2026-23
            autumn–winter 2025                | 2025-23/2025-24
            winter–spring 2026                | 2025-24/2026-21
            early autumn 2026                 | 2026-23~
            late summer 2026                  | 2026-22~
            mid-2026                          | 2026~
            в конце 2025 года                 | 2025~
            ранней весной 2026                | 2026-21~
            Q1 2026                           | 2026-33
            q4 2026                           | 2026-36
            Q1–Q2 2026                        | 2026-33/2026-34
            Q1-Q2 2026                        | 2026-33/2026-34
            1st quarter 2026                  | 2026-33
            first quarter 2026                | 2026-33
            I квартал 2026                    | 2026-33
            IV квартал 2026 г.                | 2026-36
            1-й квартал 2026                  | 2026-33
            четвёртый квартал 2026            | 2026-36
            во 2-м квартале 2026 года         | 2026-34
            2026 г.                           | 2026
            2020–2021                         | 2020/2021
            2020-2021                         | 2020/2021
            2020 to 2021                      | 2020/2021
            2020 – 2021 гг.                   | 2020/2021
            5–6 November 2025                 | 2025-11-05/2025-11-06
            5-6 November 2025                 | 2025-11-05/2025-11-06
            5 — 6 November 2025               | 2025-11-05/2025-11-06
            5-6 ноября 2025                   | 2025-11-05/2025-11-06
            January 5–6, 2026                 | 2026-01-05/2026-01-06
            January 30 – February 2, 2026     | 2026-01-30/2026-02-02
            27 January – 3 February 2026      | 2026-01-27/2026-02-03
            27.01.2026 – 03.02.2026           | 2026-01-27/2026-02-03
            September–October 2023            | 2023-09/2023-10
            сентябрь – октябрь 2023           | 2023-09/2023-10
            approximately November 2025       | 2025-11~
            approx. November 2025             | 2025-11~
            about 1992                        | 1992~
            around summer 2026                | 2026-22~
            circa 1992                        | 1992~
            c. 1992                           | 1992~
            ~1992                             | 1992~
            ~ 2026-01                         | 2026-01~
            около 1992                        | 1992~
            около: 1992                       | 1992~
            около ноября 2025                 | 2025-11~
            примерно в ноябре 2025            | 2025-11~
            приблизительно 2020–2021          | 2020~/2021~
            ок. 1992 г.                       | 1992~
            '   about    5–6   November 2025 '| 2025-11-05~/2025-11-06~
            APPROXIMATELY NOVEMBER 2025       | 2025-11~
            """)
    void readsWhatStaffType(String text, String edtf) {
        assertThat(UncertainDateInput.parse(text, Locale.ENGLISH).toEdtf()).isEqualTo(edtf);
        assertThat(UncertainDateInput.parse(text, RUSSIAN).toEdtf()).isEqualTo(edtf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "tomorrow", "26-01", "5", "5 2026", "5–6 2026", "27/01/2026", "2026-13", "2026-25",
            "27.13.2026", "Q5 2026", "5 квартал 2026", "early 27 January 2026", "2026 2027", "2020–2021–2022",
            "January 2026 27", "summer of love", "I January 2026"})
    void refusesWhatItCannotRead(String text) {
        assertThatThrownBy(() -> UncertainDateInput.parse(text, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Write a date such as 2026-01-27, 27 January 2026, January 2026, summer 2026");
        assertThatThrownBy(() -> UncertainDateInput.parse(text, RUSSIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Напишите дату, например: 2026-01-27, 27 января 2026, январь 2026, лето 2026");
    }

    @Test
    void refusalSaysWhatWasTyped() {
        assertThatThrownBy(() -> UncertainDateInput.parse(" tomorrow ", Locale.ENGLISH))
                .hasMessageStartingWith("'tomorrow' is not a date we can read.");
        assertThatThrownBy(() -> UncertainDateInput.parse("завтра", RUSSIAN))
                .hasMessageStartingWith("Не удаётся прочитать дату «завтра».");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 February 2026", "February 31, 2026", "31.02.2026", "2026-02-31", "31 февраля 2026"})
    void refusesADayTheCalendarLacks(String text) {
        assertThatThrownBy(() -> UncertainDateInput.parse(text, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no 31 February 2026.");
        assertThatThrownBy(() -> UncertainDateInput.parse(text, RUSSIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Такого дня нет: 31 февраля 2026.");
    }

    @Test
    void readsTheTwentyNinthOfFebruaryOnlyInALeapYear() {
        assertThat(UncertainDateInput.parse("29 February 2024", Locale.ENGLISH).toEdtf()).isEqualTo("2024-02-29");
        assertThatThrownBy(() -> UncertainDateInput.parse("29.02.2025", Locale.ENGLISH))
                .hasMessage("There is no 29 February 2025.");
    }

    @Test
    void asksForTheYear() {
        assertThatThrownBy(() -> UncertainDateInput.parse("summer", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'summer' needs a year, as in summer 2026.");
        assertThatThrownBy(() -> UncertainDateInput.parse("January", Locale.ENGLISH))
                .hasMessage("'January' needs a year, as in summer 2026.");
        assertThatThrownBy(() -> UncertainDateInput.parse("лето – осень", RUSSIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("В дате «лето – осень» не хватает года: напишите, например, лето 2026.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 November – December 2025", "summer 2026 – 2027", "2026-01/2026", "5–2026",
            "winter 2025–2027"})
    void refusesARangeOfTwoPrecisions(String text) {
        assertThatThrownBy(() -> UncertainDateInput.parse(text, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need the same precision");
        assertThatThrownBy(() -> UncertainDateInput.parse(text, RUSSIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("должна быть одна точность");
    }

    @ParameterizedTest
    @ValueSource(strings = {"March–January 2026", "2021–2020", "6–5 November 2025", "2026-03/2026-01"})
    void refusesAnEndBeforeItsStart(String text) {
        assertThatThrownBy(() -> UncertainDateInput.parse(text, Locale.ENGLISH))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> UncertainDateInput.parse(text, RUSSIAN))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("конец раньше начала");
    }

    @Test
    void shortensALongRefusal() {
        String pasted = "x".repeat(500);

        assertThatThrownBy(() -> UncertainDateInput.parse(pasted, Locale.ENGLISH))
                .hasMessageStartingWith("'" + "x".repeat(40) + "…' is not a date");
    }

    static Stream<Arguments> recordedDates() {
        UncertainDate summer = UncertainDate.season(Season.SUMMER, 2026);
        UncertainDate autumn = UncertainDate.season(Season.AUTUMN, 2026);
        return Stream.of(
                UncertainDate.day(2026, 1, 27),
                UncertainDate.day(2026, 1, 27).approximately(),
                UncertainDate.day(2025, 11, 5).through(UncertainDate.day(2025, 11, 6)),
                UncertainDate.day(2026, 1, 27).through(UncertainDate.day(2026, 2, 3)),
                UncertainDate.day(2025, 12, 30).through(UncertainDate.day(2026, 1, 2)),
                UncertainDate.month(2025, 11),
                UncertainDate.month(2025, 11).approximately(),
                UncertainDate.month(2023, 9).through(UncertainDate.month(2023, 10)),
                UncertainDate.month(2025, 12).through(UncertainDate.month(2026, 1)),
                summer,
                summer.through(autumn).approximately(),
                UncertainDate.season(Season.WINTER, 2025),
                UncertainDate.season(Season.AUTUMN, 2025).through(UncertainDate.season(Season.WINTER, 2025)),
                UncertainDate.season(Season.WINTER, 2025).through(UncertainDate.season(Season.SPRING, 2026)),
                UncertainDate.quarter(2026, 1),
                UncertainDate.quarter(2026, 4).approximately(),
                UncertainDate.quarter(2025, 4).through(UncertainDate.quarter(2026, 1)),
                UncertainDate.year(2026),
                UncertainDate.year(1992).approximately(),
                UncertainDate.year(2020).through(UncertainDate.year(2021)),
                UncertainDate.year(992),
                UncertainDate.day(992, 3, 1).approximately())
                .flatMap(date -> Stream.of(Arguments.of(date, Locale.ENGLISH), Arguments.of(date, RUSSIAN)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("recordedDates")
    void readsBackWhatItWrites(UncertainDate date, Locale locale) {
        String written = UncertainDateInput.format(date, locale);

        assertThat(UncertainDateInput.parse(written, locale)).isEqualTo(date);
    }

    @Test
    void writesWordsPeopleRead() {
        UncertainDate window = UncertainDate.season(Season.SUMMER, 2026)
                .through(UncertainDate.season(Season.AUTUMN, 2026)).approximately();

        assertThat(UncertainDateInput.format(window, Locale.ENGLISH)).isEqualTo("about summer 2026 – autumn 2026");
        assertThat(UncertainDateInput.format(window, RUSSIAN)).isEqualTo("около лета 2026 – осени 2026");
        assertThat(UncertainDateInput.format(UncertainDate.quarter(2026, 1), RUSSIAN)).isEqualTo("1-й квартал 2026");
        assertThat(UncertainDateInput.format(UncertainDate.day(2026, 1, 27), RUSSIAN)).isEqualTo("27 января 2026");
    }

    @Test
    void writesEdtfWhereWordsWouldNotReadBack() {
        assertThat(UncertainDateInput.format(UncertainDate.year(992), Locale.ENGLISH)).isEqualTo("0992");
    }
}
