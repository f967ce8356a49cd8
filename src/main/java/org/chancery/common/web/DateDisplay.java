package org.chancery.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.chancery.common.Language;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Templates write uncertain dates through this bean: {@code ${@dates.format(entry.date)}};
 * and moments (when a record changed, a token was last used): {@code ${@dates.moment(instant)}}.
 */
@Component("dates")
public class DateDisplay {

    public String format(UncertainDate date) {
        return UncertainDateFormat.format(date, LocaleContextHolder.getLocale());
    }

    /** A known day, written as event dates are: "27 January 2026", «27 января 2026». */
    public String day(LocalDate day) {
        return UncertainDateFormat.format(UncertainDate.day(day), LocaleContextHolder.getLocale());
    }

    /** The date after a verb: "announced in November 2025", «объявлено в ноябре 2025 года». */
    public String when(UncertainDate date) {
        return UncertainDateFormat.when(date, LocaleContextHolder.getLocale());
    }

    /** "21 November 2026, 10:00 UTC", "21 ноября 2026, 10:00 UTC": to the minute, in UTC for staff in any zone. */
    public String moment(Instant instant) {
        Locale locale = LocaleContextHolder.getLocale();
        Locale written = Language.isRussian(locale) ? locale : Locale.UK;
        return instant.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", written));
    }
}
