package org.chancery.person;

import org.jspecify.annotations.Nullable;

/** Which offices to list: {@code text} in either title; of {@code state}. */
public record OfficeFilter(@Nullable String text, @Nullable String state) {
}
