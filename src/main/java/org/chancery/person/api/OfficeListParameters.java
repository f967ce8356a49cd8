package org.chancery.person.api;

import java.util.function.Predicate;

import org.chancery.common.api.ListParameters;
import org.chancery.common.api.PagingParameters;
import org.chancery.common.api.QueryString;
import org.chancery.person.OfficeFilter;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/v1/offices}'s query string. */
@QueryString
record OfficeListParameters(@Nullable String q, @Nullable String state, @Nullable String limit, @Nullable String cursor,
        @Nullable String count) implements PagingParameters {

    OfficeFilter filter(ListParameters read, Predicate<String> knownState) {
        return new OfficeFilter(ListParameters.text(q), read.stateCode("state", state, knownState));
    }
}
