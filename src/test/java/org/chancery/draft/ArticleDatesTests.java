package org.chancery.draft;

import java.time.LocalDate;

import org.chancery.common.UncertainDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates in an article's sentences, read against the day it was published. */
class ArticleDatesTests {

    private static final LocalDate JANUARY_28 = LocalDate.of(2026, 1, 28);
    private static final LocalDate FEBRUARY_17 = LocalDate.of(2026, 2, 17);
    private static final LocalDate JANUARY_11 = LocalDate.of(2026, 1, 11);

    private static UncertainDate date(String sentence, LocalDate published) {
        return ArticleDates.in(sentence, published, null).orElseThrow().date();
    }

    @Test
    void readsADayWithoutItsYearAsTheNearestToThePublication() {
        assertThat(date("Визит главы МИД Израиля в Астану 27 января ознаменовал новый этап.", JANUARY_28))
                .isEqualTo(UncertainDate.day(2026, 1, 27));
        assertThat(date("Встреча прошла 29 декабря.", JANUARY_11)).isEqualTo(UncertainDate.day(2025, 12, 29));
        assertThat(date("Рейсы начнутся с 9 июня.", FEBRUARY_17)).isEqualTo(UncertainDate.day(2026, 6, 9));
    }

    @Test
    void readsDaysWithTheirYearRangesOfDaysAndDottedDays() {
        assertThat(date("Документ опубликован 7 ноября 2025 года.", JANUARY_11)).isEqualTo(UncertainDate.day(2025, 11, 7));
        assertThat(date("Визит прошёл 5–6 ноября.", LocalDate.of(2025, 11, 7)))
                .isEqualTo(UncertainDate.day(2025, 11, 5).through(UncertainDate.day(2025, 11, 6)));
        assertThat(date("Опубликовано 27.01.2026.", JANUARY_28)).isEqualTo(UncertainDate.day(2026, 1, 27));
        assertThat(date("The minister arrived on January 27, 2026.", JANUARY_28)).isEqualTo(UncertainDate.day(2026, 1, 27));
    }

    @Test
    void readsMonthsRelativeToThePublicationYear() {
        assertThat(date("Неслучайно в апреле прошлого года в ходе встречи Токаев заявил…", JANUARY_11))
                .isEqualTo(UncertainDate.month(2025, 4));
        assertThat(date("Президент в ноябре 2025 года объявил о решении.", FEBRUARY_17)).isEqualTo(UncertainDate.month(2025, 11));
        assertThat(date("В ноябре стороны подписали меморандум.", FEBRUARY_17)).isEqualTo(UncertainDate.month(2025, 11));
    }

    @Test
    void readsSeasonsAndTheirAlternativesAsAnApproximateSpanOfMonths() {
        assertThat(date("Заседание пройдёт, вероятно, летом или в начале осени.", FEBRUARY_17))
                .isEqualTo(UncertainDate.month(2026, 6).through(UncertainDate.month(2026, 9)).approximately());
        assertThat(date("Форум пройдёт летом.", FEBRUARY_17)).isEqualTo(UncertainDate.season(
                org.chancery.common.DatePrecision.Season.SUMMER, 2026));
        assertThat(date("Встреча намечена на начало осени.", LocalDate.of(2026, 5, 4))).as("alone, early autumn is about autumn")
                .isEqualTo(UncertainDate.season(org.chancery.common.DatePrecision.Season.AUTUMN, 2026).approximately());
    }

    @Test
    void readsYearsYearRangesAndRelativeYears() {
        assertThat(date("Товарооборот по итогам 2025 года достиг 162 млн долл.", JANUARY_28)).isEqualTo(UncertainDate.year(2025));
        assertThat(date("Соглашения подписаны в 2020–2021 годах.", JANUARY_28))
                .isEqualTo(UncertainDate.year(2020).through(UncertainDate.year(2021)));
        assertThat(date("Визиты ожидаются в этом году.", FEBRUARY_17)).isEqualTo(UncertainDate.year(2026));
        assertThat(date("В прошлом году товарооборот вырос.", FEBRUARY_17)).isEqualTo(UncertainDate.year(2025));
        assertThat(date("Trade grew last year.", FEBRUARY_17)).isEqualTo(UncertainDate.year(2025));
    }

    @Test
    void readsRecentlyAsTheTimeBeforeThePublicationDay() {
        UncertainDate recent = date("В ходе недавнего телефонного разговора премьер-министр поблагодарил президента.", JANUARY_11);
        assertThat(recent.latest()).as("never after the publication").isEqualTo(JANUARY_11);
        assertThat(recent.earliest()).isEqualTo(LocalDate.of(2025, 11, 1));
    }

    @Test
    void readsTheDayBeforeFromTheDayTheArticleNamedLast() {
        assertThat(ArticleDates.in("Накануне Гидеон Саар посетил Азербайджан.", JANUARY_28, LocalDate.of(2026, 1, 27))
                .orElseThrow().date()).isEqualTo(UncertainDate.day(2026, 1, 26));
        assertThat(date("Вчера министр прибыл в Баку.", JANUARY_28)).isEqualTo(UncertainDate.day(2026, 1, 27));
    }

    @Test
    void findsNoDateInASentenceWithoutOneAndNoDayTheCalendarLacks() {
        assertThat(ArticleDates.in("Экономический фундамент визита закрепил бизнес-форум, собравший около 100 компаний.",
                JANUARY_28, null)).isEmpty();
        assertThat(date("Встреча 31 апреля.", JANUARY_28)).as("the month, not an invented day").isEqualTo(UncertainDate.month(2026, 4));
        assertThat(ArticleDates.in("The agreement may be signed.", JANUARY_28, null)).as("'may' alone is no month").isEmpty();
    }
}
