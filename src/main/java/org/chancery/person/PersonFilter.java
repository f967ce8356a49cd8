package org.chancery.person;

import org.jspecify.annotations.Nullable;

/** Which persons to list: {@code text} in either name; holding or having held an office of {@code state}. */
public record PersonFilter(@Nullable String text, @Nullable String state) {
}
