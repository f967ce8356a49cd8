package org.chancery.person.api;

import java.util.function.Predicate;

import org.chancery.common.api.ListParameters;
import org.chancery.common.api.PagingParameters;
import org.chancery.common.api.QueryString;
import org.chancery.person.PersonFilter;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/v1/persons}'s query string. */
@QueryString
record PersonListParameters(@Nullable String q, @Nullable String state, @Nullable String limit, @Nullable String cursor,
        @Nullable String count, @Nullable String updatedSince) implements PagingParameters {

    PersonFilter filter(ListParameters read, Predicate<String> knownState) {
        return new PersonFilter(ListParameters.text(q), read.stateCode("state", state, knownState));
    }
}
