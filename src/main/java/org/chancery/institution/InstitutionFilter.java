package org.chancery.institution;

import org.jspecify.annotations.Nullable;

/** Which institutions to list: {@code text} in either name, of {@code state}, of {@code kind}. */
public record InstitutionFilter(@Nullable String text, @Nullable String state, @Nullable InstitutionKind kind) {
}
