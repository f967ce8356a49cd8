package org.chancery.common;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * How precisely a source dates something. Each precision cuts the calendar into periods
 * (days, months, seasons, quarters, years); an uncertain date starts at the first day of one
 * period and ends at the last day of the same or a later one.
 *
 * <p>Seasons are meteorological and northern: spring March–May, summer June–August, autumn
 * September–November, winter December to the end of the following February (winter 2025
 * is December 2025 – February 2026).
 */
public enum DatePrecision {
    DAY, MONTH, SEASON, QUARTER, YEAR;

    /** The first day of the period that contains {@code day}. */
    public LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case SEASON -> Season.of(day).start(Season.yearOf(day));
            case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The last day of the period that contains {@code day}. */
    public LocalDate periodEnd(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
            case SEASON -> Season.of(day).end(Season.yearOf(day));
            case QUARTER -> periodStart(day).plusMonths(3).minusDays(1);
            case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    public boolean isPeriodStart(LocalDate day) {
        return periodStart(day).equals(day);
    }

    public boolean isPeriodEnd(LocalDate day) {
        return periodEnd(day).equals(day);
    }

    /** The meteorological seasons, numbered as EDTF numbers them (21 spring … 24 winter). */
    public enum Season {
        SPRING(21, Month.MARCH), SUMMER(22, Month.JUNE), AUTUMN(23, Month.SEPTEMBER), WINTER(24, Month.DECEMBER);

        private final int edtfCode;
        private final Month firstMonth;

        Season(int edtfCode, Month firstMonth) {
            this.edtfCode = edtfCode;
            this.firstMonth = firstMonth;
        }

        public int edtfCode() {
            return edtfCode;
        }

        public LocalDate start(int year) {
            return LocalDate.of(year, firstMonth, 1);
        }

        public LocalDate end(int year) {
            return start(year).plusMonths(3).minusDays(1);
        }

        public static Season of(LocalDate day) {
            return switch (day.getMonth()) {
                case MARCH, APRIL, MAY -> SPRING;
                case JUNE, JULY, AUGUST -> SUMMER;
                case SEPTEMBER, OCTOBER, NOVEMBER -> AUTUMN;
                case DECEMBER, JANUARY, FEBRUARY -> WINTER;
            };
        }

        /** The year a season is named by: January and February belong to the previous winter. */
        public static int yearOf(LocalDate day) {
            return day.getMonthValue() <= 2 ? day.getYear() - 1 : day.getYear();
        }

        public static Season ofEdtfCode(int code) {
            for (Season season : values()) {
                if (season.edtfCode == code) {
                    return season;
                }
            }
            throw new IllegalArgumentException("no season has the EDTF code " + code);
        }
    }
}
