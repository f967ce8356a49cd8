package org.chancery.draft;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chancery.common.DatePrecision;
import org.chancery.common.DatePrecision.Season;
import org.chancery.common.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * Finds the date a sentence of an article gives and resolves it against the article's
 * publication day: «27 января» (the nearest 27 January to the publication), «в апреле
 * прошлого года», «летом или в начале осени» (about June – September: with a second period
 * the qualified season narrows to its month; alone «в начале осени» is about autumn), «недавнего
 * телефонного разговора» (before the publication day), «накануне» (the day before the day the
 * article last named). The result is an {@link UncertainDate} no more precise than the words.
 */
public final class ArticleDates {

    /** A date found in a sentence: the date and the words it was read from. */
    public record FoundDate(UncertainDate date, String words) {
    }

    /**
     * How far back "recently" reaches: the publication day and the two calendar months before
     * it. A convention, written in docs/data-entry.md, for staff to narrow.
     */
    static final int RECENT_MONTHS = 2;

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final String MONTH_WORDS;

    static {
        String[][] names = {
                {"январь", "января", "январе", "january", "jan"}, {"февраль", "февраля", "феврале", "february", "feb"},
                {"март", "марта", "марте", "march", "mar"}, {"апрель", "апреля", "апреле", "april", "apr"},
                {"май", "мая", "мае", "may"}, {"июнь", "июня", "июне", "june", "jun"},
                {"июль", "июля", "июле", "july", "jul"}, {"август", "августа", "августе", "august", "aug"},
                {"сентябрь", "сентября", "сентябре", "september", "sep", "sept"},
                {"октябрь", "октября", "октябре", "october", "oct"}, {"ноябрь", "ноября", "ноябре", "november", "nov"},
                {"декабрь", "декабря", "декабре", "december", "dec"}};
        List<String> all = new ArrayList<>();
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                MONTHS.put(name, month + 1);
                all.add(name);
            }
        }
        all.sort((a, b) -> b.length() - a.length());
        MONTH_WORDS = String.join("|", all);
    }

    private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\d])";
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\d])";
    private static final String RELATIVE_YEAR = "(прошлого|этого|текущего|следующего|будущего|last|this|next)\\s+(?:года|year)";

    private static final Pattern DOTTED = Pattern.compile(NOT_LETTER_BEFORE + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + NOT_LETTER_AFTER);
    private static final Pattern DAY_MONTH = Pattern.compile(NOT_LETTER_BEFORE
            + "(\\d{1,2})(?:\\s*[-–—]\\s*(\\d{1,2}))?\\s+(" + MONTH_WORDS + ")" + NOT_LETTER_AFTER
            + "(?:\\s+(\\d{4})" + NOT_LETTER_AFTER + ")?");
    private static final Pattern MONTH_DAY = Pattern.compile(NOT_LETTER_BEFORE
            + "(" + MONTH_WORDS + ")\\s+(\\d{1,2})" + NOT_LETTER_AFTER + "(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH = Pattern.compile(NOT_LETTER_BEFORE + "(" + MONTH_WORDS + ")" + NOT_LETTER_AFTER
            + "(?:\\s+(?:(\\d{4})" + NOT_LETTER_AFTER + "|" + RELATIVE_YEAR + "))?");
    private static final Pattern SEASON = Pattern.compile(NOT_LETTER_BEFORE
            + "(?:(в начале|в конце|в середине|начало|конец|середина|early|late|mid|the beginning of|the end of)[\\s-]+)?"
            + "(лет(?:о|ом|а|ом)|зим(?:а|ой|ы|у)|весн(?:а|ой|ы|у)|осен(?:ь|ью|и)|summer|winter|spring|autumn|fall)"
            + NOT_LETTER_AFTER + "(?:\\s+(\\d{4})" + NOT_LETTER_AFTER + ")?");
    private static final Pattern ALTERNATIVE = Pattern.compile("^\\s*(?:или|либо|–|—|-|or|to|through)\\s*$");
    private static final Pattern YEAR_RANGE = Pattern.compile(NOT_LETTER_BEFORE + "((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})"
            + "\\s*(?:гг\\.?|годах|годы|годов|годам)?" + NOT_LETTER_AFTER);
    private static final Pattern YEAR = Pattern.compile(NOT_LETTER_BEFORE + "((?:19|20)\\d{2})\\s*(?:года|году|год|г\\.|гг\\.?)"
            + "|(?<=\\bin |\\bof |\\bsince |\\bby )((?:19|20)\\d{2})" + NOT_LETTER_AFTER);
    private static final Pattern RELATIVE_YEAR_ALONE = Pattern.compile(NOT_LETTER_BEFORE
            + "(?:(?:в|во)\\s+)?(прошлом|этом|текущем|следующем|будущем|прошлого|этого|текущего|следующего|будущего)\\s+(?:году|года)"
            + NOT_LETTER_AFTER + "|" + NOT_LETTER_BEFORE + "(last|this|next)\\s+year" + NOT_LETTER_AFTER);
    private static final Pattern RECENTLY = Pattern.compile(NOT_LETTER_BEFORE + "(недавн\\p{L}*|recent\\p{L}*)");
    private static final Pattern DAY_BEFORE = Pattern.compile(NOT_LETTER_BEFORE + "(накануне|the day before|on the eve)" + NOT_LETTER_AFTER);
    private static final Pattern YESTERDAY = Pattern.compile(NOT_LETTER_BEFORE + "(вчера|yesterday)" + NOT_LETTER_AFTER);
    private static final Pattern TODAY = Pattern.compile(NOT_LETTER_BEFORE + "(сегодня|today)" + NOT_LETTER_AFTER);
    private static final Pattern HEDGE = Pattern.compile(NOT_LETTER_BEFORE
            + "(примерно|около|приблизительно|вероятно|возможно|ориентировочно|probably|about|around|approximately)" + NOT_LETTER_AFTER);

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private ArticleDates() {
    }

    /**
     * The date {@code sentence} gives, read against the article's publication day; {@code lastDay}
     * is the last single day the article named before this sentence (what «накануне» counts
     * from), if any.
     */
    public static Optional<FoundDate> in(String sentence, LocalDate published, @Nullable LocalDate lastDay) {
        String text = sentence.toLowerCase(RUSSIAN).replace('ё', 'е').replace('\u00a0', ' ');
        boolean hedged = HEDGE.matcher(text).find();
        Optional<FoundDate> found = day(text, published)
                .or(() -> season(text, published))
                .or(() -> month(text, published))
                .or(() -> years(text, published))
                .or(() -> relative(text, published, lastDay));
        return found.map(date -> hedged && !date.date().approximate()
                ? new FoundDate(date.date().approximately(), date.words()) : date);
    }

    private static Optional<FoundDate> day(String text, LocalDate published) {
        Matcher dotted = DOTTED.matcher(text);
        if (dotted.find()) {
            return valid(() -> UncertainDate.day(Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)),
                    Integer.parseInt(dotted.group(1))), dotted.group());
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        if (dayMonth.find()) {
            int month = MONTHS.get(dayMonth.group(3));
            int first = Integer.parseInt(dayMonth.group(1));
            Integer last = dayMonth.group(2) == null ? null : Integer.parseInt(dayMonth.group(2));
            return valid(() -> days(dayMonth.group(4), month, first, last, published), dayMonth.group());
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        if (monthDay.find()) {
            int month = MONTHS.get(monthDay.group(1));
            int first = Integer.parseInt(monthDay.group(2));
            return valid(() -> days(monthDay.group(3), month, first, null, published), monthDay.group());
        }
        return Optional.empty();
    }

    private static UncertainDate days(@Nullable String year, int month, int first, @Nullable Integer last, LocalDate published) {
        int resolvedYear = year != null ? Integer.parseInt(year)
                : nearestYear(y -> LocalDate.of(y, month, Math.min(first, YearMonth.of(y, month).lengthOfMonth())), published);
        UncertainDate start = UncertainDate.day(resolvedYear, month, first);
        return last == null ? start : start.through(UncertainDate.day(resolvedYear, month, last));
    }

    private static Optional<FoundDate> month(String text, LocalDate published) {
        Matcher matcher = MONTH.matcher(text);
        while (matcher.find()) {
            String word = matcher.group(1);
            // "may" and "mar" are English words as well as months: only with a year are they months.
            if (matcher.group(2) == null && matcher.group(3) == null && word.length() <= 3 && !word.matches("\\p{IsCyrillic}+")) {
                continue;
            }
            int month = MONTHS.get(word);
            int year = matcher.group(2) != null ? Integer.parseInt(matcher.group(2))
                    : matcher.group(3) != null ? published.getYear() + yearOffset(matcher.group(3))
                    : nearestYear(y -> LocalDate.of(y, month, 15), published);
            return Optional.of(new FoundDate(UncertainDate.month(year, month), matcher.group()));
        }
        return Optional.empty();
    }

    /** «летом», «летом или в начале осени», «в конце 2025 года» is left to the year. */
    private static Optional<FoundDate> season(String text, LocalDate published) {
        Matcher matcher = SEASON.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        Part first = Part.of(matcher);
        int firstEnd = matcher.end();
        int start = matcher.start();
        Part second = null;
        if (matcher.find() && ALTERNATIVE.matcher(text.substring(firstEnd, matcher.start())).matches()) {
            second = Part.of(matcher);
            firstEnd = matcher.end();
        }
        Integer givenYear = first.year != null ? first.year : second != null ? second.year : null;
        int year = givenYear != null ? givenYear : nearestYear(y -> first.season.start(y).plusMonths(1), published);
        Part last = second == null ? first : second;
        boolean inMonths = first.qualifier != null || last.qualifier != null;
        UncertainDate from = first.date(year, inMonths);
        int lastYear = last.season.start(year).isBefore(first.season.start(year)) ? year + 1 : year;
        UncertainDate to = last.date(lastYear, inMonths);
        if (second == null) {
            // Alone, "early autumn" is recorded as the project records it everywhere: autumn, approximately.
            return Optional.of(new FoundDate(first.qualifier == null ? from
                    : UncertainDate.season(first.season, year).approximately(), text.substring(start, firstEnd)));
        }
        UncertainDate date = from.through(to);
        // "summer or early autumn" names alternatives: the time is not known, only about where it lies.
        return Optional.of(new FoundDate(date.approximately(), text.substring(start, firstEnd)));
    }

    private record Part(@Nullable String qualifier, Season season, @Nullable Integer year) {

        static Part of(Matcher matcher) {
            String word = matcher.group(2);
            Season season = word.startsWith("лет") || word.equals("summer") ? Season.SUMMER
                    : word.startsWith("зим") || word.equals("winter") ? Season.WINTER
                    : word.startsWith("весн") || word.equals("spring") ? Season.SPRING : Season.AUTUMN;
            return new Part(matcher.group(1), season, matcher.group(3) == null ? null : Integer.parseInt(matcher.group(3)));
        }

        /** The season, or with "early"/"mid"/"late" its first, middle or last month (then every part in months). */
        UncertainDate date(int year, boolean inMonths) {
            LocalDate start = season.start(year);
            if (qualifier == null) {
                return inMonths ? month(start).through(month(start.plusMonths(2))) : UncertainDate.season(season, year);
            }
            int offset = qualifier.contains("начал") || qualifier.startsWith("early") || qualifier.contains("beginning") ? 0
                    : qualifier.contains("серед") || qualifier.equals("mid") ? 1 : 2;
            return month(start.plusMonths(offset));
        }

        private static UncertainDate month(LocalDate day) {
            return UncertainDate.month(day.getYear(), day.getMonthValue());
        }
    }

    private static Optional<FoundDate> years(String text, LocalDate published) {
        Matcher range = YEAR_RANGE.matcher(text);
        if (range.find()) {
            return valid(() -> UncertainDate.year(Integer.parseInt(range.group(1)))
                    .through(UncertainDate.year(Integer.parseInt(range.group(2)))), range.group());
        }
        Matcher year = YEAR.matcher(text);
        if (year.find()) {
            String digits = year.group(1) != null ? year.group(1) : year.group(2);
            return Optional.of(new FoundDate(UncertainDate.year(Integer.parseInt(digits)), year.group()));
        }
        Matcher relative = RELATIVE_YEAR_ALONE.matcher(text);
        if (relative.find()) {
            String word = relative.group(1) != null ? relative.group(1) : relative.group(2);
            return Optional.of(new FoundDate(UncertainDate.year(published.getYear() + yearOffset(word)), relative.group()));
        }
        return Optional.empty();
    }

    private static Optional<FoundDate> relative(String text, LocalDate published, @Nullable LocalDate lastDay) {
        Matcher recently = RECENTLY.matcher(text);
        if (recently.find()) {
            LocalDate from = published.withDayOfMonth(1).minusMonths(RECENT_MONTHS);
            return Optional.of(new FoundDate(UncertainDate.day(from).through(UncertainDate.day(published)), recently.group()));
        }
        Matcher dayBefore = DAY_BEFORE.matcher(text);
        if (dayBefore.find()) {
            LocalDate day = lastDay != null ? lastDay : published;
            return Optional.of(new FoundDate(UncertainDate.day(day.minusDays(1)), dayBefore.group()));
        }
        Matcher yesterday = YESTERDAY.matcher(text);
        if (yesterday.find()) {
            return Optional.of(new FoundDate(UncertainDate.day(published.minusDays(1)), yesterday.group()));
        }
        Matcher today = TODAY.matcher(text);
        if (today.find()) {
            return Optional.of(new FoundDate(UncertainDate.day(published), today.group()));
        }
        return Optional.empty();
    }

    private static int yearOffset(String word) {
        return word.startsWith("прошл") || word.equals("last") ? -1
                : word.startsWith("следующ") || word.startsWith("будущ") || word.equals("next") ? 1 : 0;
    }

    /** Of the year before, of and after the publication, the one that puts the day nearest to it. */
    private static int nearestYear(java.util.function.IntFunction<LocalDate> day, LocalDate published) {
        int best = published.getYear();
        long distance = Long.MAX_VALUE;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            long away = Math.abs(ChronoUnit.DAYS.between(published, day.apply(year)));
            if (away < distance) {
                distance = away;
                best = year;
            }
        }
        return best;
    }

    /** A day the words name but the calendar has not (31 April) is no date. */
    private static Optional<FoundDate> valid(java.util.function.Supplier<UncertainDate> date, String words) {
        try {
            return Optional.of(new FoundDate(date.get(), words));
        } catch (java.time.DateTimeException | IllegalArgumentException notADay) {
            return Optional.empty();
        }
    }

    static boolean isDay(UncertainDate date) {
        return date.precision() == DatePrecision.DAY && date.isSinglePeriod();
    }
}
