package org.chancery.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

import org.chancery.common.DatePrecision.Season;

/**
 * Writes an {@link UncertainDate} for people, in English or Russian, exactly as precisely as
 * it is known: "27 January 2026", "November 2025", "summer – autumn 2026", "about 1992"; in
 * Russian with the case the words around it need («около января 2026», «в ноябре 2025 года»).
 */
public final class UncertainDateFormat {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /**
     * A day as each language writes it, made once: built per call, the Russian pattern was parsed
     * again and the English localized style looked up again for every date of a page: 4 % of a
     * timeline page's CPU samples under load (docs/benchmarks.md, Thirteenth round). The English
     * pattern is the one {@code ofLocalizedDate(FormatStyle.LONG)} resolves for {@code Locale.UK}.
     */
    private static final DateTimeFormatter RUSSIAN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", RUSSIAN);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern(
            DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null, IsoChronology.INSTANCE, Locale.UK),
            Locale.UK);

    private UncertainDateFormat() {
    }

    public static String format(UncertainDate date, Locale locale) {
        boolean russian = Language.isRussian(locale);
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
            // Russian "около" takes the genitive: «около января 2026», «около лета 2026»
            return russian ? "около " + russianRange(date, Case.GENITIVE, Case.GENITIVE, false) : "about " + text;
        }
        return text;
    }

    /**
     * The date as words that say when something happened, to follow a verb: "announced in
     * November 2025", «объявлено в ноябре 2025 года», «объявлено 27 января 2026 года»,
     * «летом 2026 года», «в 2020–2021 годах», «около ноября 2025 года».
     */
    public static String when(UncertainDate date, Locale locale) {
        if (!Language.isRussian(locale)) {
            String text = format(date, locale);
            if (date.approximate()) {
                return text;
            }
            return (date.precision() == DatePrecision.DAY ? "on " : "in ") + text;
        }
        if (date.approximate()) {
            return "около " + russianRange(date, Case.GENITIVE, Case.GENITIVE, true);
        }
        if (date.isSinglePeriod() || date.precision() == DatePrecision.YEAR
                || date.precision() == DatePrecision.DAY && sameMonth(date.earliest(), date.latest())) {
            return russianRange(date, Case.WHEN, Case.WHEN, true);
        }
        return "с " + russianPeriod(date.earliest(), date.precision(), Case.GENITIVE, true)
                + " по " + russianPeriod(date.lastPeriodStart(), date.precision(), Case.ACCUSATIVE, true);
    }

    /** The grammatical forms a Russian date takes here; {@code WHEN} is "at that time" («в ноябре», «летом», «27 января»). */
    private enum Case { GENITIVE, ACCUSATIVE, WHEN }

    private static final String[] MONTHS_WHEN = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
            "августе", "сентябре", "октябре", "ноябре", "декабре"};

    /** One period, or a range joined by a dash, each end in {@code first} / {@code last} case. */
    private static String russianRange(UncertainDate date, Case first, Case last, boolean withYearWord) {
        if (date.isSinglePeriod()) {
            return russianPeriod(date.earliest(), date.precision(), first, withYearWord);
        }
        if (date.precision() == DatePrecision.DAY && sameMonth(date.earliest(), date.latest())) {
            return date.earliest().getDayOfMonth() + "–" + russianPeriod(date.latest(), DatePrecision.DAY, last, withYearWord);
        }
        if (date.precision() == DatePrecision.YEAR) {
            String years = date.earliest().getYear() + "–" + date.latest().getYear();
            if (!withYearWord) {
                return years;
            }
            return last == Case.WHEN ? "в " + years + " годах" : years + " годов";
        }
        return russianPeriod(date.earliest(), date.precision(), first, withYearWord) + " – "
                + russianPeriod(date.lastPeriodStart(), date.precision(), last, withYearWord);
    }

    private static String russianPeriod(LocalDate start, DatePrecision precision, Case grammaticalCase, boolean withYearWord) {
        String year = withYearWord ? Season.yearOf(start) + " года" : String.valueOf(Season.yearOf(start));
        String calendarYear = withYearWord ? start.getYear() + " года" : String.valueOf(start.getYear());
        int quarter = start.get(IsoFields.QUARTER_OF_YEAR);
        return switch (precision) {
            // the genitive month, as Russian writes a day: «27 января 2026»
            case DAY -> start.getDayOfMonth() + " " + start.getMonth().getDisplayName(TextStyle.FULL, RUSSIAN) + " " + calendarYear;
            case MONTH -> switch (grammaticalCase) {
                case GENITIVE -> start.getMonth().getDisplayName(TextStyle.FULL, RUSSIAN) + " " + calendarYear;
                case ACCUSATIVE -> start.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN) + " " + calendarYear;
                case WHEN -> "в " + MONTHS_WHEN[start.getMonthValue() - 1] + " " + calendarYear;
            };
            case SEASON -> seasonWord(Season.of(start), grammaticalCase) + " " + year;
            case QUARTER -> switch (grammaticalCase) {
                case GENITIVE -> quarter + "-го квартала " + calendarYear;
                case ACCUSATIVE -> quarter + "-й квартал " + calendarYear;
                case WHEN -> "в " + quarter + "-м квартале " + calendarYear;
            };
            case YEAR -> switch (grammaticalCase) {
                case GENITIVE, ACCUSATIVE -> calendarYear;
                case WHEN -> withYearWord ? "в " + start.getYear() + " году" : "в " + start.getYear();
            };
        };
    }

    private static String seasonWord(Season season, Case grammaticalCase) {
        return switch (season) {
            case SPRING -> switch (grammaticalCase) { case GENITIVE -> "весны"; case ACCUSATIVE -> "весну"; case WHEN -> "весной"; };
            case SUMMER -> switch (grammaticalCase) { case GENITIVE -> "лета"; case ACCUSATIVE -> "лето"; case WHEN -> "летом"; };
            case AUTUMN -> switch (grammaticalCase) { case GENITIVE -> "осени"; case ACCUSATIVE -> "осень"; case WHEN -> "осенью"; };
            case WINTER -> switch (grammaticalCase) { case GENITIVE -> "зимы"; case ACCUSATIVE -> "зиму"; case WHEN -> "зимой"; };
        };
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
    }

    private static String period(LocalDate start, DatePrecision precision, boolean russian) {
        return switch (precision) {
            case DAY -> (russian ? RUSSIAN_DAY : ENGLISH_DAY).format(start);
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
