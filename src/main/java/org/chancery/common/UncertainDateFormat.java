package org.chancery.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

import org.chancery.common.DatePrecision.Season;

/**
 * Writes an {@link UncertainDate} for people, in English or Russian, exactly as precisely as
 * it is known: "27 January 2026", "November 2025", "summer – autumn 2026", "about 1992".
 */
public final class UncertainDateFormat {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private UncertainDateFormat() {
    }

    public static String format(UncertainDate date, Locale locale) {
        boolean russian = RUSSIAN.getLanguage().equals(locale.getLanguage());
        String text;
        if (date.isSinglePeriod()) {
            text = period(date.earliest(), date.precision(), russian);
        } else if (date.precision() == DatePrecision.DAY && sameMonth(date.earliest(), date.latest())) {
            // "5–6 November 2025" reads better than repeating the month and year.
            text = date.earliest().getDayOfMonth() + "–" + period(date.latest(), DatePrecision.DAY, russian);
        } else {
            text = period(date.earliest(), date.precision(), russian) + " – "
                    + period(date.lastPeriodStart(), date.precision(), russian);
        }
        if (date.approximate()) {
            return (russian ? "около: " : "about ") + text;
        }
        return text;
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
    }

    private static String period(LocalDate start, DatePrecision precision, boolean russian) {
        return switch (precision) {
            case DAY -> russian
                    ? start.format(DateTimeFormatter.ofPattern("d MMMM yyyy", RUSSIAN))
                    : start.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK));
            case MONTH -> russian
                    ? start.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN) + " " + start.getYear()
                    : start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear();
            case SEASON -> seasonName(Season.of(start), russian) + " " + Season.yearOf(start);
            case QUARTER -> (russian ? start.get(IsoFields.QUARTER_OF_YEAR) + "-й квартал " : "Q"
                    + start.get(IsoFields.QUARTER_OF_YEAR) + " ") + start.getYear();
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    private static String seasonName(Season season, boolean russian) {
        return switch (season) {
            case SPRING -> russian ? "весна" : "spring";
            case SUMMER -> russian ? "лето" : "summer";
            case AUTUMN -> russian ? "осень" : "autumn";
            case WINTER -> russian ? "зима" : "winter";
        };
    }
}
