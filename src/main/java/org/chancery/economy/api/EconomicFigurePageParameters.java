package org.chancery.economy.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.chancery.common.InvalidParameterException;
import org.chancery.common.api.ListParameters;
import org.chancery.common.api.QueryString;
import org.chancery.common.query.ChangePosition;
import org.chancery.economy.EconomicFigureCriteria;
import org.chancery.economy.EconomicFigureOrder;
import org.chancery.economy.Indicator;
import org.jspecify.annotations.Nullable;

/** The figures list's parameters as they arrive in a query string, read strictly. */
@QueryString
record EconomicFigurePageParameters(
        @Nullable String state,
        @Nullable String counterpart,
        @Nullable String reporter,
        @Nullable String partner,
        @Nullable List<String> indicator,
        @Nullable String from,
        @Nullable String to,
        @Nullable String sort,
        @Nullable String limit,
        @Nullable String cursor,
        @Nullable String updatedSince,
        @Nullable String count) {

    /** The criteria, order and page these parameters ask for; with {@code updatedSince}, pages of changes instead. */
    record Parsed(EconomicFigureCriteria criteria, EconomicFigureOrder order, int limit,
            EconomicFigureOrder.@Nullable Position after, @Nullable Instant updatedSince,
            @Nullable ChangePosition afterChange, boolean count) {
    }

    /** @throws InvalidParameterException naming every parameter that cannot be read */
    Parsed parse(Predicate<String> knownState) {
        ListParameters read = new ListParameters();
        String stateCode = read.stateCode("state", state, knownState);
        String counterpartCode = read.stateCode("counterpart", counterpart, knownState);
        if (counterpartCode != null && stateCode == null) {
            read.problem("counterpart", "counterpart needs state: together they name a pair");
        }
        String reporterCode = read.stateCode("reporter", reporter, knownState);
        String partnerCode = read.stateCode("partner", partner, knownState);
        LocalDate fromDay = read.day("from", from);
        LocalDate toDay = read.day("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            read.problem("to", "to (" + toDay + ") is before from (" + fromDay + ")");
        }
        EconomicFigureOrder order = order(read);
        int pageSize = read.limit(limit);
        Instant since = read.instant("updatedSince", updatedSince);
        if (since != null && sort != null && !sort.isBlank()) {
            read.problem("sort", "with updatedSince the order is always oldest change first");
        }
        EconomicFigureOrder.Position after = since != null ? null
                : read.cursor(cursor, order.cursorOrder(), order::position);
        ChangePosition afterChange = since != null ? read.cursor(cursor, ChangePosition.ORDER, ChangePosition::from) : null;
        EconomicFigureCriteria criteria = new EconomicFigureCriteria(stateCode, counterpartCode, reporterCode, partnerCode,
                read.values("indicator", indicator, Indicator.class), fromDay, toDay);
        boolean withCount = read.flag("count", count);
        read.check();
        return new Parsed(criteria, order, pageSize, after, since, afterChange, withCount);
    }

    private EconomicFigureOrder order(ListParameters read) {
        if (sort == null || sort.isBlank()) {
            return EconomicFigureOrder.PERIOD;
        }
        for (EconomicFigureOrder order : EconomicFigureOrder.values()) {
            if (order.parameter().equals(sort.strip())) {
                return order;
            }
        }
        read.problem("sort", "sort is period (oldest first, the default) or -period (newest first)");
        return EconomicFigureOrder.PERIOD;
    }
}
