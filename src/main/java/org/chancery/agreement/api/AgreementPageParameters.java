package org.chancery.agreement.api;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.chancery.agreement.AgreementCatalogue;
import org.chancery.agreement.AgreementFilter;
import org.chancery.agreement.AgreementKind;
import org.chancery.agreement.AgreementOrder;
import org.chancery.common.api.InvalidParameterException;
import org.chancery.common.api.PageCursor;
import org.chancery.common.api.QueryParameters;
import org.jspecify.annotations.Nullable;

/** The agreements list's parameters as they arrive in a query string, read strictly. */
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
    record Parsed(AgreementFilter filter, AgreementOrder order, int limit, @Nullable PageCursor cursor,
            @Nullable Instant updatedSince, boolean count) {
    }

    /** @throws InvalidParameterException naming every parameter that cannot be read */
    Parsed parse(Predicate<String> knownState) {
        QueryParameters read = new QueryParameters();
        String stateCode = read.stateCode("state", state, knownState);
        AgreementOrder order = order(read);
        int pageSize = read.limit(limit);
        Instant since = read.instant("updatedSince", updatedSince);
        if (since != null && sort != null && !sort.isBlank()) {
            read.problem("sort", "with updatedSince the order is always oldest change first");
        }
        PageCursor after = since != null
                ? read.cursor(cursor, AgreementCatalogue.CHANGES, QueryParameters::isInstant)
                : read.cursor(cursor, order.listing(), order::readsKey);
        AgreementFilter filter = new AgreementFilter(stateCode, read.values("kind", kind, AgreementKind.class),
                QueryParameters.text(q));
        boolean withCount = read.flag("count", count);
        read.requireValid();
        return new Parsed(filter, order, pageSize, after, since, withCount);
    }

    private AgreementOrder order(QueryParameters read) {
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
