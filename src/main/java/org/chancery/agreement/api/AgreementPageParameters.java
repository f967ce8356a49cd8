package org.chancery.agreement.api;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.chancery.agreement.AgreementFilter;
import org.chancery.agreement.AgreementKind;
import org.chancery.agreement.AgreementOrder;
import org.chancery.common.InvalidParameterException;
import org.chancery.common.api.ListParameters;
import org.chancery.common.api.QueryString;
import org.chancery.common.query.ChangePosition;
import org.jspecify.annotations.Nullable;

/** The agreements list's parameters as they arrive in a query string, read strictly. */
@QueryString
record AgreementPageParameters(
        @Nullable String state,
        @Nullable List<String> kind,
        @Nullable String q,
        @Nullable String sort,
        @Nullable String limit,
        @Nullable String cursor,
        @Nullable String updatedSince,
        @Nullable String count) {

    /** The filter, order and page these parameters ask for; with {@code updatedSince}, pages of changes instead. */
    record Parsed(AgreementFilter filter, AgreementOrder order, int limit, AgreementOrder.@Nullable Position after,
            @Nullable Instant updatedSince, @Nullable ChangePosition afterChange, boolean count) {
    }

    /** @throws InvalidParameterException naming every parameter that cannot be read */
    Parsed parse(Predicate<String> knownState) {
        ListParameters read = new ListParameters();
        String stateCode = read.stateCode("state", state, knownState);
        AgreementOrder order = order(read);
        int pageSize = read.limit(limit);
        Instant since = read.instant("updatedSince", updatedSince);
        if (since != null && sort != null && !sort.isBlank()) {
            read.problem("sort", "with updatedSince the order is always oldest change first");
        }
        AgreementOrder.Position after = since != null ? null : read.cursor(cursor, order.cursorOrder(), order::position);
        ChangePosition afterChange = since != null ? read.cursor(cursor, ChangePosition.ORDER, ChangePosition::from) : null;
        AgreementFilter filter = new AgreementFilter(stateCode, read.values("kind", kind, AgreementKind.class),
                ListParameters.text(q));
        boolean withCount = read.flag("count", count);
        read.check();
        return new Parsed(filter, order, pageSize, after, since, afterChange, withCount);
    }

    private AgreementOrder order(ListParameters read) {
        if (sort == null || sort.isBlank()) {
            return AgreementOrder.NAME;
        }
        for (AgreementOrder order : AgreementOrder.values()) {
            if (order.parameter().equals(sort.strip())) {
                return order;
            }
        }
        read.problem("sort", "sort is name (the default), opened (earliest first) or -opened (latest first)");
        return AgreementOrder.NAME;
    }
}
