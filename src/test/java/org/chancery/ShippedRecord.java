package org.chancery;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the records of the shipped record the way a reader names them, so that a test says
 * which event or person it means ("Israeli Foreign Minister Gideon Saar visits Astana") instead
 * of a number the record happens to give it. Each finds exactly one live record, or fails the
 * test naming what it looked for.
 */
public final class ShippedRecord {

    /** An id that no record is given (no sequence gets near it), for the answer to an unknown one. */
    public static final long NO_RECORD = Long.MAX_VALUE;

    private final JdbcClient jdbc;

    public ShippedRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The event with this English title. */
    public long event(String titleEn) {
        return one("event", "title_en", titleEn);
    }

    /** The person with this English name. */
    public long person(String nameEn) {
        return one("person", "name_en", nameEn);
    }

    /** The institution with this English name. */
    public long institution(String nameEn) {
        return one("institution", "name_en", nameEn);
    }

    /** The office with this English title (offices are deleted for good, never softly). */
    public long office(String titleEn) {
        return jdbc.sql("select id from office where title_en = :title").param("title", titleEn).query(Long.class).optional()
                .orElseThrow(() -> new AssertionError("the shipped record has no office titled " + titleEn));
    }

    /** The agreement with this English name. */
    public long agreement(String nameEn) {
        return one("agreement", "name_en", nameEn);
    }

    /** The source this outlet published on that day. */
    public long source(String outlet, LocalDate publishedOn) {
        return jdbc.sql("select id from source where outlet = :outlet and published_on = :on and deleted_at is null")
                .param("outlet", outlet).param("on", publishedOn).query(Long.class).optional()
                .orElseThrow(() -> new AssertionError("the shipped record has no source of " + outlet + " on " + publishedOn));
    }

    /** Trend's interview with the Israeli ambassador (17 February 2026): the source tests cite when any will do. */
    public long trendInterview() {
        return source("Trend", LocalDate.of(2026, 2, 17));
    }

    /** The source with this title (an article some outlet left unnamed). */
    public long sourceTitled(String title) {
        return one("source", "title", title);
    }

    /** The economic figure that {@code reporter} reports of {@code partner} for {@code indicator}, such as TRADE_TURNOVER. */
    public long figure(String reporter, String partner, String indicator) {
        return jdbc.sql("""
                        select id from economic_figure
                         where reporter_code = :reporter and partner_code = :partner and indicator = :indicator
                           and deleted_at is null""")
                .param("reporter", reporter).param("partner", partner).param("indicator", indicator)
                .query(Long.class).optional()
                .orElseThrow(() -> new AssertionError("the shipped record has no " + indicator + " figure of "
                        + reporter + " with " + partner));
    }

    /** A record's address: {@code address("events", id)} is {@code /events/12}. */
    public static String address(String kind, long id) {
        return "/" + kind + "/" + id;
    }

    private long one(String table, String column, String value) {
        return jdbc.sql("select id from " + table + " where " + column + " = :value and deleted_at is null")
                .param("value", value).query(Long.class).optional()
                .orElseThrow(() -> new AssertionError("the shipped record has no " + table + " with the " + column + " " + value));
    }
}
