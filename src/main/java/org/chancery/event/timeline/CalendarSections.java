package org.chancery.event.timeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A page of the timeline cut into years and months, newest first. An event is filed under
 * a month only where its date lies within that month; one dated "2026" or "summer – autumn
 * 2026" is filed under its year, after the months, so no heading claims a month the record
 * does not know.
 */
public final class CalendarSections {

    private CalendarSections() {
    }

    public record YearSection(int year, List<MonthSection> months) {
    }

    /** The events of one month, or of the year where {@code month} is null. */
    public record MonthSection(@Nullable YearMonth month, List<TimelineEntry> entries) {
    }

    public static List<YearSection> of(List<TimelineEntry> newestFirst) {
        Map<Integer, Map<@Nullable YearMonth, List<TimelineEntry>>> years = new LinkedHashMap<>();
        for (TimelineEntry entry : newestFirst) {
            YearMonth first = YearMonth.from(entry.date().earliest());
            YearMonth month = first.equals(YearMonth.from(entry.date().latest())) ? first : null;
            years.computeIfAbsent(first.getYear(), year -> new LinkedHashMap<>())
                    .computeIfAbsent(month, key -> new ArrayList<>())
                    .add(entry);
        }
        List<YearSection> sections = new ArrayList<>();
        years.forEach((year, months) -> {
            List<MonthSection> monthSections = new ArrayList<>();
            months.forEach((month, entries) -> {
                if (month != null) {
                    monthSections.add(new MonthSection(month, List.copyOf(entries)));
                }
            });
            List<TimelineEntry> undatedToMonth = months.get(null);
            if (undatedToMonth != null) {
                monthSections.add(new MonthSection(null, List.copyOf(undatedToMonth)));
            }
            sections.add(new YearSection(year, List.copyOf(monthSections)));
        });
        return List.copyOf(sections);
    }
}
