package org.chancery.common.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.chancery.common.api.InvalidParameterException.InvalidParameter;
import org.jspecify.annotations.Nullable;

/**
 * Reads a list's query parameters strictly: each method reads one parameter and notes what
 * is wrong with it instead of ignoring it, and {@link #requireValid()} then reports every
 * problem at once, by name and reason.
 */
public final class QueryParameters {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private final List<InvalidParameter> problems = new ArrayList<>();

    public void problem(String name, String reason) {
        problems.add(new InvalidParameter(name, reason));
    }

    /** @throws InvalidParameterException naming every parameter that could not be read */
    public void requireValid() {
        if (!problems.isEmpty()) {
            throw new InvalidParameterException(problems);
        }
    }

    /** An ISO 3166-1 alpha-2 code of a state the record knows, in capitals, or null when not given. */
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

    /** Values of an enumeration, repeated or comma-separated, in any case, {@code -} for {@code _}. */
    public <E extends Enum<E>> Set<E> values(String name, @Nullable List<String> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : split(values)) {
            try {
                result.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                problem(name, "'" + value + "' is not one of " + EnumSet.allOf(type));
            }
        }
        return result;
    }

    /** A calendar day written as YYYY-MM-DD. */
    public @Nullable LocalDate day(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problem(name, "'" + value + "' is not a calendar day written as YYYY-MM-DD");
            return null;
        }
    }

    /** Notes a period whose end ({@code to}) comes before its start ({@code from}). */
    public void requireOrder(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            problem("to", "to (" + to + ") is before from (" + from + ")");
        }
    }

    /** A moment with its offset, such as 2026-01-27T09:00:00Z. */
    public @Nullable Instant instant(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problem(name, "'" + value + "' is not a time with its offset, such as 2026-01-27T09:00:00Z");
            return null;
        }
    }

    /** {@code true} or {@code false}; absent is false. */
    public boolean flag(String name, @Nullable String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        problem(name, name + " is true or false");
        return false;
    }

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

    /**
     * The cursor of a previous page of {@code listing}, or null when not given.
     *
     * @param keyReadable whether the cursor's sort key reads as that listing's key (a day, a time …)
     */
    public @Nullable PageCursor cursor(@Nullable String value, String listing, Predicate<String> keyReadable) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            PageCursor cursor = PageCursor.decode(value, listing);
            if (keyReadable.test(cursor.key())) {
                return cursor;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problem("cursor", "not a cursor this server gave out for this list and order; "
                + "keep the parameters of the page it came from, or start again without it");
        return null;
    }

    /** Whether a cursor's key reads as a day, for listings sorted by one. */
    public static boolean isDay(String key) {
        try {
            LocalDate.parse(key);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether a cursor's key reads as a moment, for listings of changes. */
    public static boolean isInstant(String key) {
        try {
            Instant.parse(key);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Text to search for, stripped, or null when blank. */
    public static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> split(@Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
    }
}
