package org.chancery.calendar;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.chancery.common.DatePrecision;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateFormat;
import org.chancery.event.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/**
 * Planned events as an iCalendar (RFC 5545) that a calendar application can subscribe to,
 * written event by event as they are read.
 *
 * <p>Dates are shown as honestly as a calendar allows. Every event is an all-day event
 * ({@code VALUE=DATE}, the end exclusive). A single day as recorded is a one-day event. Any
 * other date (a month, a season, a quarter, a year, a range, anything "about") becomes a span
 * over every day it may fall on, marked transparent so it blocks nobody's time, with the
 * recorded date in brackets after the title ("… [about summer 2026 – autumn 2026]"): a
 * calendar has no way to say "some day in June". {@code X-CHANCERY-DATE} carries the date
 * as recorded (EDTF) for programs.
 */
final class PlannedEventsCalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ContentLineWriter out;
    private final boolean russian;

    PlannedEventsCalendar(Writer out, Locale language) {
        this.out = new ContentLineWriter(out);
        this.russian = "ru".equals(language.getLanguage());
    }

    /** The calendar's properties; {@code name} is what a calendar application lists it as. */
    void begin(String name) throws IOException {
        out.property("BEGIN", "VCALENDAR");
        out.property("VERSION", "2.0");
        out.property("PRODID", "-//Chancery//Planned events//" + (russian ? "RU" : "EN"));
        out.property("CALSCALE", "GREGORIAN");
        out.property("METHOD", "PUBLISH");
        out.text("X-WR-CALNAME", name);
        out.text("X-WR-CALDESC", russian
                ? "Запланированные события из записи Chancery; даты — с той точностью, с какой их дают источники."
                : "Planned events from the Chancery record, dated exactly as precisely as the sources date them.");
        // Subscribers look again twice a day (RFC 7986; X-PUBLISHED-TTL for older clients).
        out.property("REFRESH-INTERVAL;VALUE=DURATION", "PT12H");
        out.property("X-PUBLISHED-TTL", "PT12H");
    }

    void event(TimelineEntry entry) throws IOException {
        UncertainDate date = entry.date();
        boolean oneDay = date.precision() == DatePrecision.DAY && date.isSinglePeriod() && !date.approximate();
        String title = entry.title(locale());
        String stamp = UTC_TIME.format(entry.updatedAt().truncatedTo(ChronoUnit.SECONDS));

        out.property("BEGIN", "VEVENT");
        out.text("UID", "event-" + entry.id() + "@chancery");
        out.property("DTSTAMP", stamp);
        out.property("LAST-MODIFIED", stamp);
        out.property("DTSTART;VALUE=DATE", DATE.format(date.earliest()));
        // The end of an all-day event is exclusive: the day after the last one it may fall on.
        out.property("DTEND;VALUE=DATE", DATE.format(date.latest().plusDays(1)));
        out.text("SUMMARY", oneDay ? title : title + " [" + UncertainDateFormat.format(date, locale()) + "]");
        out.text("DESCRIPTION", description(entry));
        String place = inLanguage(entry.placeEn(), entry.placeRu());
        if (place != null) {
            out.text("LOCATION", place);
        }
        String url = entry.sources().stream().map(TimelineEntry.SourceRef::url).filter(Objects::nonNull)
                .findFirst().orElse(null);
        if (url != null) {
            out.property("URL", url);
        }
        out.property("CATEGORIES", Stream.concat(Stream.of(entry.kind().name()), entry.topics().stream())
                .map(ContentLineWriter::escapeText).reduce((a, b) -> a + "," + b).orElseThrow());
        if (!oneDay) {
            out.property("TRANSP", "TRANSPARENT");
        }
        out.text("X-CHANCERY-DATE", date.toEdtf());
        out.property("END", "VEVENT");
    }

    void end() throws IOException {
        out.property("END", "VCALENDAR");
    }

    private String description(TimelineEntry entry) {
        List<String> lines = new ArrayList<>();
        String summary = entry.summary(locale());
        if (summary != null) {
            lines.add(summary);
            lines.add("");
        }
        lines.add((russian ? "Дата по источникам: " : "Date as the sources give it: ")
                + UncertainDateFormat.format(entry.date(), locale()) + " (EDTF " + entry.date().toEdtf() + ")");
        lines.add(russian ? "Источники:" : "Sources:");
        for (TimelineEntry.SourceRef source : entry.sources()) {
            lines.add("- " + String.join(", ", Stream.of(source.outlet(), source.title(),
                    source.publishedOn() == null ? null : source.publishedOn().toString(), source.url())
                    .filter(Objects::nonNull).toList()));
        }
        return String.join("\n", lines);
    }

    private @Nullable String inLanguage(@Nullable String en, @Nullable String ru) {
        if (russian) {
            return ru != null ? ru : en;
        }
        return en != null ? en : ru;
    }

    private Locale locale() {
        return russian ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }
}
