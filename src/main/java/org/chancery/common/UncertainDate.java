package org.chancery.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.chancery.common.DatePrecision.Season;

/**
 * A date as a source gives it: "27 January 2026", "November 2025", "summer or early autumn
 * 2026", "2020–2021", perhaps "about". It is kept as the earliest and the latest possible
 * day (what SQL sorts and filters by), the precision of the source, and whether the source
 * says "approximately". Both bounds always fall on the edges of periods of that precision,
 * so the value can be written back exactly as recorded ({@link #toEdtf()}) and is never
 * shown more precisely than it is known.
 */
@Embeddable
public record UncertainDate(
        @Column(name = "date_earliest", nullable = false) LocalDate earliest,
        @Column(name = "date_latest", nullable = false) LocalDate latest,
        @Enumerated(EnumType.STRING) @Column(name = "date_precision", nullable = false) DatePrecision precision,
        @Column(name = "date_approximate", nullable = false) boolean approximate) {

    private static final Pattern EDTF_PART = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?(~)?");

    public UncertainDate {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(precision, "precision");
        if (latest.isBefore(earliest)) {
            throw new RuleViolationException("date-end-before-start",
                    "The end of a date (" + latest + ") cannot come before its start (" + earliest + ").");
        }
        if (!precision.isPeriodStart(earliest) || !precision.isPeriodEnd(latest)) {
            throw new IllegalArgumentException("the bounds " + earliest + ".." + latest
                    + " do not fall on the edges of " + precision + " periods");
        }
    }

    public static UncertainDate day(LocalDate day) {
        return new UncertainDate(day, day, DatePrecision.DAY, false);
    }

    public static UncertainDate day(int year, int month, int dayOfMonth) {
        return day(LocalDate.of(year, month, dayOfMonth));
    }

    public static UncertainDate month(int year, int month) {
        YearMonth yearMonth = YearMonth.of(year, month);
        return new UncertainDate(yearMonth.atDay(1), yearMonth.atEndOfMonth(), DatePrecision.MONTH, false);
    }

    public static UncertainDate season(Season season, int year) {
        return new UncertainDate(season.start(year), season.end(year), DatePrecision.SEASON, false);
    }

    public static UncertainDate quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, 1, 1).with(IsoFields.QUARTER_OF_YEAR, quarter);
        return new UncertainDate(start, DatePrecision.QUARTER.periodEnd(start), DatePrecision.QUARTER, false);
    }

    public static UncertainDate year(int year) {
        return new UncertainDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, false);
    }

    /** This date through the end of {@code other}: "5–6 November 2025", "2020–2021". */
    public UncertainDate through(UncertainDate other) {
        if (other.precision != precision) {
            throw new IllegalArgumentException("a range joins two dates of the same precision");
        }
        return new UncertainDate(earliest, other.latest, precision, approximate || other.approximate);
    }

    public UncertainDate approximately() {
        return new UncertainDate(earliest, latest, precision, true);
    }

    /** One period of the precision ("January 2026") rather than a range of them. */
    public boolean isSinglePeriod() {
        return precision.periodEnd(earliest).equals(latest);
    }

    /** The last day of the first period: for a range, where its first part ends. */
    public LocalDate firstPeriodEnd() {
        return precision.periodEnd(earliest);
    }

    /** The first day of the last period: for a range, where its last part starts. */
    public LocalDate lastPeriodStart() {
        return precision.periodStart(latest);
    }

    /**
     * The value in the Extended Date/Time Format (ISO 8601-2): {@code 2026-01-27},
     * {@code 2025-11~}, {@code 2026-22/2026-23} (summer to autumn), {@code 2026-33} (first
     * quarter), {@code 2020/2021}.
     */
    public String toEdtf() {
        String first = edtfPart(earliest);
        return isSinglePeriod() ? first : first + "/" + edtfPart(lastPeriodStart());
    }

    private String edtfPart(LocalDate periodStart) {
        String part = switch (precision) {
            case DAY -> periodStart.toString();
            case MONTH -> YearMonth.from(periodStart).toString();
            case SEASON -> "%04d-%d".formatted(Season.yearOf(periodStart), Season.of(periodStart).edtfCode());
            case QUARTER -> "%04d-%d".formatted(periodStart.getYear(), 32 + periodStart.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> "%04d".formatted(periodStart.getYear());
        };
        return approximate ? part + "~" : part;
    }

    /**
     * Reads what {@link #toEdtf()} writes: a single value or a range of two of the same
     * precision, each part optionally ending in {@code ~}.
     *
     * @throws IllegalArgumentException with a message fit for the person who typed it
     */
    public static UncertainDate parseEdtf(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            return parsePart(trimmed, text);
        }
        UncertainDate start = parsePart(trimmed.substring(0, slash), text);
        UncertainDate end = parsePart(trimmed.substring(slash + 1), text);
        if (start.precision != end.precision) {
            throw new IllegalArgumentException("'" + text + "': both ends of a range need the same precision");
        }
        return start.through(end);
    }

    private static UncertainDate parsePart(String part, String whole) {
        Matcher matcher = EDTF_PART.matcher(part);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + whole + "' is not a date such as 2026-01-27, 2026-01, 2026 or 2026-22 (summer)");
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            UncertainDate date;
            if (matcher.group(2) == null) {
                date = year(year);
            } else {
                int second = Integer.parseInt(matcher.group(2));
                if (matcher.group(3) != null) {
                    date = day(LocalDate.of(year, second, Integer.parseInt(matcher.group(3))));
                } else if (second >= 1 && second <= 12) {
                    date = month(year, second);
                } else if (second >= 21 && second <= 24) {
                    date = season(Season.ofEdtfCode(second), year);
                } else if (second >= 33 && second <= 36) {
                    date = quarter(year, second - 32);
                } else {
                    throw new IllegalArgumentException("'" + whole + "': " + second
                            + " is neither a month (01–12), a season (21–24) nor a quarter (33–36)");
                }
            }
            return matcher.group(4) != null ? date.approximately() : date;
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + whole + "' is not a day of the calendar");
        }
    }

    @Override
    public String toString() {
        return toEdtf();
    }
}
