package org.chancery.person.api;

import java.time.Instant;
import java.util.List;

import org.chancery.common.Bilingual;
import org.chancery.common.api.VersionedResponse;
import org.chancery.person.PersonEntry;
import org.jspecify.annotations.Nullable;

/**
 * A person as the API serves them, with the offices they held, earliest term first. An
 * unknown start or end of a term is null, and read as open.
 */
public record PersonResponse(long id, Bilingual name, List<HeldOffice> offices, long version, Instant updatedAt)
        implements VersionedResponse {

    static PersonResponse from(PersonEntry person) {
        return new PersonResponse(person.id(), person.name(), person.offices().stream()
                .map(term -> new HeldOffice(term.termId(), term.officeId(), term.title(), term.state(),
                        term.institutionId(), term.from(), term.to()))
                .toList(), person.version(), person.updatedAt());
    }

    /** One term in one office: {@code termId} names it under {@code /api/v1/offices/{officeId}/terms}. */
    public record HeldOffice(long termId, long officeId, Bilingual title, String state, @Nullable Long institutionId,
            @Nullable String from, @Nullable String to) {
    }
}
