package org.chancery.institution.api;

import java.util.function.Predicate;

import org.chancery.common.api.ListParameters;
import org.chancery.common.api.PagingParameters;
import org.chancery.common.api.QueryString;
import org.chancery.institution.InstitutionFilter;
import org.chancery.institution.InstitutionKind;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/v1/institutions}'s query string. */
@QueryString
record InstitutionListParameters(@Nullable String q, @Nullable String state, @Nullable String kind,
        @Nullable String limit, @Nullable String cursor, @Nullable String count, @Nullable String updatedSince)
        implements PagingParameters {

    InstitutionFilter filter(ListParameters read, Predicate<String> knownState) {
        return new InstitutionFilter(ListParameters.text(q), read.stateCode("state", state, knownState),
                read.oneOf("kind", kind, InstitutionKind.class));
    }
}
