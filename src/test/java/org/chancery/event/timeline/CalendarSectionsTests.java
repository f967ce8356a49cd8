package org.chancery.event.timeline;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.chancery.common.DatePrecision.Season;
import org.chancery.common.UncertainDate;
import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarSectionsTests {

    @Test
    void filesAnEventUnderAMonthOnlyWhereItsDateLiesWithinThatMonth() {
        List<CalendarSections.YearSection> years = CalendarSections.of(List.of(
                entry(1, UncertainDate.day(2026, 6, 9)),
                entry(2, UncertainDate.season(Season.SUMMER, 2026).through(UncertainDate.season(Season.AUTUMN, 2026))),
                entry(3, UncertainDate.day(2026, 1, 27)),
                entry(4, UncertainDate.year(2026)),
                entry(5, UncertainDate.month(2026, 1).approximately()),
                entry(6, UncertainDate.month(2025, 11))));

        assertThat(years).extracting(CalendarSections.YearSection::year).containsExactly(2026, 2025);
        assertThat(years.getFirst().months()).extracting(CalendarSections.MonthSection::month)
                .containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 1), null);
        assertThat(years.getFirst().months().get(1).entries()).extracting(TimelineEntry::id).containsExactly(3L, 5L);
        assertThat(years.getFirst().months().get(2).entries()).extracting(TimelineEntry::id).containsExactly(2L, 4L);
    }

    @Test
    void theTitleFallsBackToTheOtherLanguage() {
        TimelineEntry onlyRussian = new TimelineEntry(7, EventKind.VISIT, EventStatus.HAPPENED, null, "Визит", null, null,
                UncertainDate.day(2026, 1, 27), null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null, null, null, null, 0, Instant.EPOCH, null, false);

        assertThat(onlyRussian.title(java.util.Locale.ENGLISH)).isEqualTo("Визит");
    }

    private static TimelineEntry entry(long id, UncertainDate date) {
        return new TimelineEntry(id, EventKind.OTHER, EventStatus.HAPPENED, "Event " + id, null, null, null, date,
                null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null, null, null, null, 0, Instant.EPOCH, null, false);
    }
}
