package org.chancery.person.api;

import java.time.Instant;
import java.util.List;

import org.chancery.common.Bilingual;
import org.jspecify.annotations.Nullable;

/** An office as the API serves it, with the terms of those who held it, earliest first. */
public record OfficeResponse(long id, Bilingual title, String state, @Nullable Long institutionId,
        List<TermResponse> terms, long version, Instant updatedAt) {
}
