package org.chancery.person.api;

import java.time.Instant;
import java.util.List;

import org.chancery.common.Bilingual;
import org.chancery.person.OfficeEntry;
import org.jspecify.annotations.Nullable;

/** An office as the API serves it, with the terms of those who held it, earliest first. */
public record OfficeResponse(long id, Bilingual title, String state, @Nullable Long institutionId,
        List<TermResponse> terms, long version, Instant updatedAt) {

    static OfficeResponse from(OfficeEntry office) {
        return new OfficeResponse(office.id(), office.title(), office.state(), office.institutionId(),
                office.terms().stream().map(TermResponse::from).toList(), office.version(), office.updatedAt());
    }
}
