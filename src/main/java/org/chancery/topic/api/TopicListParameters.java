package org.chancery.topic.api;

import org.chancery.common.api.PagingParameters;
import org.chancery.common.api.QueryString;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/v1/topics}'s query string: the vocabulary is small, so only paging. */
@QueryString
record TopicListParameters(@Nullable String limit, @Nullable String cursor, @Nullable String count)
        implements PagingParameters {
}
