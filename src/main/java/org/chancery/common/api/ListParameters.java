package org.chancery.common.api;

import org.chancery.common.InvalidParameterException;
import org.chancery.common.query.ChangePosition;
import org.chancery.common.query.KeysetCursor;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.jspecify.annotations.Nullable;

/**
 * Reads a list endpoint's query string strictly: each value is read here, and every one that
 * cannot be read is collected, so that {@link #check()} reports them all at once, by name and
 * reason, instead of one being silently ignored.
 */
public final class ListParameters {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private final List<InvalidParameter> problems = new ArrayList<>();

    /** The page size: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when not given. */
    public int limit(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(value.strip());
            if (size >= 1 && size <= MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem("limit", "limit is a whole number from 1 to " + MAX_LIMIT);
        return DEFAULT_LIMIT;
    }

    public boolean flag(String name, @Nullable String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        problem(name, name + " is true or false");
        return false;
    }

    public @Nullable Instant instant(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            problem(name, "'" + value + "' is not a time with its offset, such as 2026-01-27T09:00:00Z");
            return null;
        }
    }

    public @Nullable LocalDate day(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            problem(name, "'" + value + "' is not a calendar day written as YYYY-MM-DD");
            return null;
        }
    }

    /** An enumeration's constant, read case-insensitively ({@code ministry} is {@code MINISTRY}). */
    public <E extends Enum<E>> @Nullable E oneOf(String name, @Nullable String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problem(name, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** Values of an enumeration, repeated or comma-separated, in any case, {@code -} for {@code _}. */
    public <E extends Enum<E>> Set<E> values(String name, @Nullable List<String> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        List<String> given = values == null ? List.of() : values.stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(value -> !value.isEmpty())
                .toList();
        for (String value : given) {
            try {
                result.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                problem(name, "'" + value + "' is not one of " + EnumSet.allOf(type));
            }
        }
        return result;
    }

    /** An ISO 3166-1 alpha-2 code (any case) of a state the record knows, in upper case. */
    public @Nullable String stateCode(String name, @Nullable String value, Predicate<String> known) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}") || !known.test(code)) {
            problem(name, "'" + value + "' is not an ISO 3166-1 alpha-2 code of a state");
            return null;
        }
        return code;
    }

    /**
     * The position a cursor names, read by {@code read} from a cursor made for {@code order}.
     *
     * @param read turns the cursor's keys into a position, throwing an unchecked exception
     *             when they do not read as one
     */
    public <P> @Nullable P cursor(@Nullable String value, String order, Function<KeysetCursor, P> read) {
        if (value == null || value.isBlank()) {
            return null;
        }
        KeysetCursor cursor;
        try {
            cursor = KeysetCursor.decode(value);
        } catch (IllegalArgumentException e) {
            problem("cursor", "not a cursor this server gave out; start again without it");
            return null;
        }
        if (!cursor.order().equals(order)) {
            problem("cursor", "this cursor belongs to a different order or to sync; keep the parameters of the page it came from");
            return null;
        }
        try {
            return read.apply(cursor);
        } catch (RuntimeException e) {
            problem("cursor", "not a cursor this server gave out; start again without it");
            return null;
        }
    }

    /**
     * The page asked for: {@code limit}, {@code count} and a cursor in {@code order} (read by
     * {@code read}), or, with {@code updatedSince}, a cursor in change order.
     */
    public <P> Paging<P> paging(PagingParameters parameters, String order, Function<KeysetCursor, P> read) {
        int limit = limit(parameters.limit());
        boolean count = flag("count", parameters.count());
        Instant since = instant("updatedSince", parameters.updatedSince());
        if (since == null) {
            return new Paging<>(limit, count, null, cursor(parameters.cursor(), order, read), null);
        }
        if (count) {
            problem("count", "a sync with updatedSince reads every change page by page; count the records without it");
        }
        return new Paging<>(limit, false, since, null, cursor(parameters.cursor(), ChangePosition.ORDER, ChangePosition::from));
    }

    public void problem(String name, String reason) {
        problems.add(new InvalidParameter(name, reason));
    }

    /** @throws InvalidParameterException naming every parameter that could not be read */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidParameterException(problems);
        }
    }

    /** Free text as a filter: stripped, or null when there is none. */
    public static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
