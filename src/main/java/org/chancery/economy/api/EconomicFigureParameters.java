package org.chancery.economy.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.InvalidParameterException;
import org.chancery.common.api.QueryString;
import org.chancery.economy.EconomicFigureCriteria;
import org.chancery.economy.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * The figures' filters as they arrive in a query string, read as strictly as the timeline's:
 * every parameter that cannot be read is reported at once, by name and reason.
 */
@QueryString
public record EconomicFigureParameters(
        @Nullable String state,
        @Nullable String counterpart,
        @Nullable List<String> indicator,
        @Nullable String from,
        @Nullable String to) {

    /**
     * @param knownState whether an alpha-2 code names a state of the record
     * @throws InvalidParameterException naming every parameter that cannot be read
     */
    public EconomicFigureCriteria parse(Predicate<String> knownState) {
        List<InvalidParameter> problems = new ArrayList<>();
        String stateCode = stateCode("state", state, knownState, problems);
        String counterpartCode = stateCode("counterpart", counterpart, knownState, problems);
        if (counterpartCode != null && stateCode == null) {
            problems.add(new InvalidParameter("counterpart", "counterpart needs state: together they name a pair"));
        }
        Set<Indicator> indicators = EnumSet.noneOf(Indicator.class);
        for (String value : split(indicator)) {
            try {
                indicators.add(Indicator.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidParameter("indicator",
                        "'" + value + "' is not one of " + EnumSet.allOf(Indicator.class)));
            }
        }
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(new InvalidParameter("to", "to (" + toDate + ") is before from (" + fromDate + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidParameterException(problems);
        }
        return new EconomicFigureCriteria(stateCode, counterpartCode, null, null, indicators, fromDate, toDate);
    }

    private static @Nullable String stateCode(String name, @Nullable String value, Predicate<String> known,
            List<InvalidParameter> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}") || !known.test(code)) {
            problems.add(new InvalidParameter(name, "'" + value + "' is not an ISO 3166-1 alpha-2 code of a state"));
            return null;
        }
        return code;
    }

    private static List<String> split(@Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static @Nullable LocalDate date(String name, @Nullable String value, List<InvalidParameter> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InvalidParameter(name, "'" + value + "' is not a calendar day written as YYYY-MM-DD"));
            return null;
        }
    }
}
