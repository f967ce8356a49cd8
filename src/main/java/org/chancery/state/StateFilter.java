package org.chancery.state;

import org.jspecify.annotations.Nullable;

/** Which states to list: {@code text} in either name or equal to one of the codes; of {@code region}. */
public record StateFilter(@Nullable String text, @Nullable String region) {
}
