package org.chancery.common;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The same words in English and Russian; either may be missing. */
public record Text(@Nullable @Size(max = 2000) String en, @Nullable @Size(max = 2000) String ru) {

    public static final Text NONE = new Text(null, null);
}
