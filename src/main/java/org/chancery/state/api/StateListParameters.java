package org.chancery.state.api;

import java.util.Set;

import org.chancery.common.api.ListParameters;
import org.chancery.common.api.PagingParameters;
import org.chancery.common.api.QueryString;
import org.chancery.state.StateFilter;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/v1/states}'s query string. */
@QueryString
record StateListParameters(@Nullable String q, @Nullable String region, @Nullable String limit, @Nullable String cursor,
        @Nullable String count) implements PagingParameters {

    StateFilter filter(ListParameters read, Set<String> regions) {
        String regionName = ListParameters.text(region);
        if (regionName != null && regions.stream().noneMatch(regionName::equalsIgnoreCase)) {
            read.problem("region", "'" + region + "' is not a region of the list; the regions are " + regions);
        }
        return new StateFilter(ListParameters.text(q), regionName);
    }
}
