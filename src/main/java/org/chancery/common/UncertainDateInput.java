package org.chancery.common;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chancery.common.DatePrecision.Season;
import org.jspecify.annotations.Nullable;

/**
 * Reads a date as staff type it, in English or Russian, into an {@link UncertainDate} no
 * more precise than what was typed, and writes a recorded date back in a form it reads
 * identically (to fill an edit form).
 */
public final class UncertainDateInput {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final Pattern DASHES = Pattern.compile("\\s*[\\u2012\\u2013\\u2014\\u2015\\u2212]\\s*");
    // "winter 2025/26" names one winter, the one that starts in December 2025.
    private static final Pattern WINTER_ACROSS_YEARS = Pattern.compile(
            "(winter|зима|зимой|зимы|зиму)\\s+(\\d{4})\\s*[–/-]\\s*(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern YEAR_SUFFIX = Pattern.compile("(\\d{4})\\s*(?:года|году|год|гг\\.?|г\\.?)(?!\\p{L})");
    // A hyphen separates a range unless it belongs to an ISO date (2026-01-27) or a word (1-й, mid-2026).
    private static final List<Pattern> RANGE_HYPHENS = List.of(
            Pattern.compile("\\s+-\\s+"),
            Pattern.compile("(?<=(?:^|[^\\d.-])\\d{1,2})-(?=\\d{1,2}(?![\\d.-]))"),
            Pattern.compile("(?<=(?:^|[^\\d.-])\\d{4})-(?=\\d{4}(?![\\d.-]))"),
            Pattern.compile("(?<=\\p{L})(?<!\\bmid)-(?=\\p{L})"),
            Pattern.compile("(?<=\\bq[1-4])-(?=q[1-4]\\b)"));
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*[–/]\\s*|\\s+(?:to|or|или)\\s+");

    private static final Pattern APPROXIMATELY = Pattern.compile(
            "(?:(?:approximately|approx|about|around|circa|ca|около|примерно|приблизительно)\\s+"
                    + "|(?:approx\\.|ca\\.|c\\.|ок\\.|около:|~)\\s*)");
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?:(?:early|late|mid|middle of|(?:the )?(?:beginning|start|middle|end) of"
                    + "|в начале|в середине|в конце|начало|начала|середина|середины|конец|конца"
                    + "|ранняя|ранней|раннее|ранним|ранний|поздняя|поздней|позднее|поздним|поздний)\\s+|mid-)");
    private static final Pattern PREPOSITION = Pattern.compile("(?:в|во)\\s+");

    private static final Pattern ISO = Pattern.compile("\\d{4}(?:-\\d{2}){0,2}~?");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})~?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DOTTED_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern Q_QUARTER = Pattern.compile("q([1-4])");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|-?й|-?го|-?м)?");

    private static final Map<String, Integer> MONTHS = words(
            "january jan январь января январе янв",
            "february feb февраль февраля феврале фев февр",
            "march mar март марта марте мар",
            "april apr апрель апреля апреле апр",
            "may май мая мае",
            "june jun июнь июня июне июн",
            "july jul июль июля июле июл",
            "august aug август августа августе авг",
            "september sep sept сентябрь сентября сентябре сен сент",
            "october oct октябрь октября октябре окт",
            "november nov ноябрь ноября ноябре ноя нояб",
            "december dec декабрь декабря декабре дек");
    private static final Map<String, Integer> SEASONS = words(
            "spring весна весны весной весне весну",
            "summer лето лета летом лете",
            "autumn fall осень осени осенью",
            "winter зима зимы зимой зиме зиму");
    private static final Map<String, Integer> QUARTER_NUMBERS = words(
            "i first первый первом первого",
            "ii second второй втором второго",
            "iii third третий третьем третьего",
            "iv fourth четвертый четвертом четвертого");
    private static final List<String> QUARTER_WORDS = List.of("quarter", "квартал", "квартала", "квартале", "кв");

    private final String text;
    private final boolean russian;

    private UncertainDateInput(String text, Locale locale) {
        this.text = text.strip();
        this.russian = Language.isRussian(locale);
    }

    /**
     * Reads a date in either language, whatever the locale; the locale only chooses the
     * language of the refusal. Understood, case and extra spaces aside:
     * <ul>
     * <li>everything {@link UncertainDate#parseEdtf} reads: {@code 2026-01-27}, {@code 2026-01~},
     * {@code 2026-22}, {@code 2025-11-05/2025-11-06};
     * <li>days: {@code 27 January 2026}, {@code January 27, 2026}, {@code 27 Jan 2026},
     * {@code 27.01.2026}, {@code 27 января 2026 г.};
     * <li>months: {@code January 2026}, {@code январь 2026}, {@code в январе 2026};
     * <li>seasons (meteorological): {@code summer 2026}, {@code летом 2026}, {@code winter 2025/26};
     * <li>quarters: {@code Q1 2026}, {@code 1st quarter 2026}, {@code I квартал 2026}, {@code 1-й квартал 2026};
     * <li>years: {@code 2026}, {@code 2026 г.}, {@code mid-2026};
     * <li>ranges of two dates of one precision joined by a dash, hyphen, slash, "to", "or" or
     * "или", the first sharing what it leaves out with the second: {@code 5–6 November 2025},
     * {@code January 5–6, 2026}, {@code September–October 2023}, {@code summer or autumn 2026},
     * {@code 2020-2021};
     * <li>"approximately" before either date: {@code approximately}, {@code approx.},
     * {@code about}, {@code around}, {@code circa}, {@code c.}, {@code ~}, {@code около},
     * {@code примерно}, {@code приблизительно}, {@code ок.}.
     * </ul>
     * "Early", "mid" and "late" ("в начале", "в середине", "в конце", "ранней", "поздней")
     * cannot be recorded more precisely than the whole period they qualify: "early autumn 2026"
     * is read as autumn 2026, approximately, rather than as an invented September.
     *
     * @throws IllegalArgumentException with a message for the person who typed it, in the
     *         language of {@code locale}: what is not understood, or a day the calendar lacks
     * @throws RuleViolationException when a range ends before it starts
     */
    public static UncertainDate parse(String text, Locale locale) {
        return new UncertainDateInput(text, locale).read();
    }

    /**
     * The date as {@link UncertainDateFormat} shows it ("about summer 2026 – autumn 2026"),
     * which {@link #parse} reads back to the same value; EDTF for years that are not
     * four digits long, which the words do not cover.
     */
    public static String format(UncertainDate date, Locale locale) {
        boolean fourDigitYears = date.earliest().getYear() >= 1000 && date.latest().getYear() <= 9999;
        return fourDigitYears ? UncertainDateFormat.format(date, locale) : date.toEdtf();
    }

    private UncertainDate read() {
        String[] parts = RANGE_SEPARATOR.split(normalized(), -1);
        if (parts.length > 2) {
            throw notADate();
        }
        @Nullable Point first = parts.length == 2 ? point(parts[0]) : null;
        Point last = point(parts[parts.length - 1]);
        if (first != null && last.precision == DatePrecision.DAY && last.month == 0) {
            // "January 5–6, 2026": the second day is in the month the first one names.
            last = last.inMonthOf(first);
        }
        if (last.precision == DatePrecision.DAY && last.month == 0) {
            throw notADate();
        }
        if (last.year == null) {
            throw missingYear();
        }
        if (first == null) {
            return toDate(last);
        }
        first = first.completedBy(last);
        if (first.precision != last.precision || first.month == 0 && first.precision == DatePrecision.DAY) {
            throw mixedPrecision();
        }
        UncertainDate start = toDate(first);
        UncertainDate end = toDate(last);
        if (end.latest().isBefore(start.earliest())) {
            throw endBeforeStart();
        }
        return start.through(end);
    }

    private String normalized() {
        String normal = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\u00a0', ' ');
        normal = DASHES.matcher(normal).replaceAll(" – ");
        normal = WINTER_ACROSS_YEARS.matcher(normal).replaceAll(UncertainDateInput::oneWinter);
        normal = YEAR_SUFFIX.matcher(normal).replaceAll("$1");
        for (Pattern hyphen : RANGE_HYPHENS) {
            normal = hyphen.matcher(normal).replaceAll(" – ");
        }
        return normal.replaceAll("\\s+", " ").strip();
    }

    private static String oneWinter(MatchResult winter) {
        int first = Integer.parseInt(winter.group(2));
        String second = winter.group(3);
        int next = second.length() == 2 ? (first + 1) % 100 : first + 1;
        return Integer.parseInt(second) == next
                ? Matcher.quoteReplacement(winter.group(1) + " " + winter.group(2))
                : Matcher.quoteReplacement(winter.group());
    }

    private Point point(String part) {
        String rest = part;
        boolean approximate = false;
        boolean qualified = false;
        Matcher matcher = APPROXIMATELY.matcher(rest);
        if (matcher.lookingAt()) {
            approximate = true;
            rest = rest.substring(matcher.end());
        }
        matcher = QUALIFIER.matcher(rest);
        if (matcher.lookingAt()) {
            qualified = true;
            rest = rest.substring(matcher.end());
        }
        matcher = PREPOSITION.matcher(rest);
        if (matcher.lookingAt()) {
            rest = rest.substring(matcher.end());
        }
        Point point = ISO.matcher(rest).matches() ? iso(rest) : words(rest);
        if (qualified && point.precision == DatePrecision.DAY) {
            // "early 27 January" has no wider period to fall back on.
            throw notADate();
        }
        return approximate || qualified ? point.approximately() : point;
    }

    private Point iso(String part) {
        Matcher day = ISO_DAY.matcher(part);
        if (day.matches()) {
            dayOfCalendar(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
        }
        try {
            return Point.of(UncertainDate.parseEdtf(part));
        } catch (IllegalArgumentException e) {
            throw notADate();
        }
    }

    private Point words(String part) {
        StringBuilder shape = new StringBuilder();
        @Nullable Integer year = null;
        int month = 0;
        int number = 0;
        @Nullable Season season = null;
        for (String token : part.split("[\\s,]+")) {
            String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
            Matcher matcher;
            if (token.isEmpty() || token.equals("the") || token.equals("of")) {
                continue;
            } else if (YEAR.matcher(token).matches()) {
                shape.append('Y');
                year = Integer.parseInt(token);
            } else if ((matcher = DOTTED_DAY.matcher(token)).matches()) {
                shape.append('D');
                number = Integer.parseInt(matcher.group(1));
                month = Integer.parseInt(matcher.group(2));
                year = Integer.parseInt(matcher.group(3));
            } else if ((matcher = Q_QUARTER.matcher(token)).matches()) {
                shape.append("NK");
                number = Integer.parseInt(matcher.group(1));
            } else if ((matcher = NUMBER.matcher(token)).matches()) {
                shape.append('N');
                number = Integer.parseInt(matcher.group(1));
            } else if (QUARTER_NUMBERS.containsKey(word)) {
                shape.append('R');
                number = QUARTER_NUMBERS.get(word);
            } else if (QUARTER_WORDS.contains(word)) {
                shape.append('K');
            } else if (MONTHS.containsKey(word)) {
                shape.append('M');
                month = MONTHS.get(word);
            } else if (SEASONS.containsKey(word)) {
                shape.append('S');
                season = Season.ofEdtfCode(20 + SEASONS.get(word));
            } else {
                throw notADate();
            }
        }
        return switch (shape.toString()) {
            case "NMY", "MNY", "NM", "MN", "N", "NY", "D" -> new Point(DatePrecision.DAY, year, month, number, null, false);
            case "MY", "M" -> new Point(DatePrecision.MONTH, year, month, 0, null, false);
            case "SY", "S" -> new Point(DatePrecision.SEASON, year, 0, 0, season, false);
            case "NKY", "NK", "RKY", "RK" -> new Point(DatePrecision.QUARTER, year, 0, number, null, false);
            case "Y" -> new Point(DatePrecision.YEAR, year, 0, 0, null, false);
            default -> throw notADate();
        };
    }

    /**
     * One end of what was typed. A first end may leave out what it shares with the second
     * ("5" of "5–6 November 2025", "summer" of "summer–autumn 2026"): then year is null, and
     * month is 0 for a day. {@code number} is the day of the month or the quarter.
     */
    private record Point(DatePrecision precision, @Nullable Integer year, int month, int number,
            @Nullable Season season, boolean approximate) {

        static Point of(UncertainDate date) {
            LocalDate start = date.earliest();
            return switch (date.precision()) {
                case DAY -> new Point(DatePrecision.DAY, start.getYear(), start.getMonthValue(), start.getDayOfMonth(), null, date.approximate());
                case MONTH -> new Point(DatePrecision.MONTH, start.getYear(), start.getMonthValue(), 0, null, date.approximate());
                case SEASON -> new Point(DatePrecision.SEASON, Season.yearOf(start), 0, 0, Season.of(start), date.approximate());
                case QUARTER -> new Point(DatePrecision.QUARTER, start.getYear(), 0, start.get(IsoFields.QUARTER_OF_YEAR), null, date.approximate());
                case YEAR -> new Point(DatePrecision.YEAR, start.getYear(), 0, 0, null, date.approximate());
            };
        }

        Point approximately() {
            return new Point(precision, year, month, number, season, true);
        }

        Point inMonthOf(Point first) {
            return new Point(precision, year, first.month, number, season, approximate);
        }

        Point completedBy(Point last) {
            if (year != null) {
                return this;
            }
            // "winter–spring 2026" is the winter that ends in 2026, the one named by 2025.
            boolean winterBefore = season == Season.WINTER && last.season != null && last.season != Season.WINTER;
            int completedYear = winterBefore ? last.year - 1 : last.year;
            int completedMonth = precision == DatePrecision.DAY && month == 0 ? last.month : month;
            return new Point(precision, completedYear, completedMonth, number, season, approximate);
        }
    }

    private UncertainDate toDate(Point point) {
        int year = point.year;
        UncertainDate date = switch (point.precision) {
            case DAY -> UncertainDate.day(dayOfCalendar(year, point.month, point.number));
            case MONTH -> UncertainDate.month(year, point.month);
            case SEASON -> UncertainDate.season(point.season, year);
            case QUARTER -> {
                if (point.number < 1 || point.number > 4) {
                    throw notADate();
                }
                yield UncertainDate.quarter(year, point.number);
            }
            case YEAR -> UncertainDate.year(year);
        };
        return point.approximate ? date.approximately() : date;
    }

    private LocalDate dayOfCalendar(int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw notADate();
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, russian ? RUSSIAN : Locale.ENGLISH);
            String named = day + " " + monthName + " " + year;
            throw new IllegalArgumentException(russian ? "Такого дня нет: " + named + "." : "There is no " + named + ".");
        }
        return LocalDate.of(year, month, day);
    }

    private IllegalArgumentException notADate() {
        String help = russian
                ? "Напишите дату, например: 2026-01-27, 27 января 2026, январь 2026, лето 2026, I квартал 2026, 2020–2021 или примерно ноябрь 2025."
                : "Write a date such as 2026-01-27, 27 January 2026, January 2026, summer 2026, Q1 2026, 2020–2021 or approximately November 2025.";
        if (text.isEmpty()) {
            return new IllegalArgumentException(help);
        }
        return new IllegalArgumentException(russian
                ? "Не удаётся прочитать дату «" + shown() + "». " + help
                : "'" + shown() + "' is not a date we can read. " + help);
    }

    /** The domain's rule, refused here already so that the reader is told in their language. */
    private RuleViolationException endBeforeStart() {
        return new RuleViolationException("date-end-before-start", russian
                ? "В «" + shown() + "» конец раньше начала: напишите сначала более раннюю дату, например 5–6 ноября 2025."
                : "'" + shown() + "' ends before it starts: write the earlier date first, as in 5–6 November 2025.");
    }

    private IllegalArgumentException missingYear() {
        return new IllegalArgumentException(russian
                ? "В дате «" + shown() + "» не хватает года: напишите, например, лето 2026."
                : "'" + shown() + "' needs a year, as in summer 2026.");
    }

    private IllegalArgumentException mixedPrecision() {
        return new IllegalArgumentException(russian
                ? "У обоих концов «" + shown() + "» должна быть одна точность, например: 5–6 ноября 2025 или лето – осень 2026."
                : "Both ends of '" + shown() + "' need the same precision, as in 5–6 November 2025 or summer–autumn 2026.");
    }

    // A pasted paragraph should not come back whole in the message.
    private String shown() {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static Map<String, Integer> words(String... groups) {
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < groups.length; i++) {
            for (String word : groups[i].split(" ")) {
                numbers.put(word, i + 1);
            }
        }
        return Map.copyOf(numbers);
    }
}
