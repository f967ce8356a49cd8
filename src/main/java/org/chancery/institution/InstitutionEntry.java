package org.chancery.institution;

import java.time.Instant;

import org.chancery.common.Bilingual;
import org.jspecify.annotations.Nullable;

/** An institution as a list shows it; {@code state} is absent where the sources do not place it. */
public record InstitutionEntry(long id, Bilingual name, @Nullable String state, InstitutionKind kind, long version,
        Instant updatedAt) {
}
