package org.chancery.person.api;

import java.util.function.Predicate;

import org.chancery.common.api.ListParameters;
import org.chancery.common.api.PagingParameters;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/v1/offices}'s query string. */
record OfficeListParameters(@Nullable String q, @Nullable String state, @Nullable String limit, @Nullable String cursor,
        @Nullable String count) implements PagingParameters {

    OfficeFilter filter(ListParameters read, Predicate<String> knownState) {
        return new OfficeFilter(ListParameters.text(q), read.stateCode("state", state, knownState));
    }

    /** Which offices to list: {@code text} in either title; of {@code state}. */
    record OfficeFilter(@Nullable String text, @Nullable String state) {
    }
}
