package org.chancery.common;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The same words in English and Russian; either may be missing. */
public record Text(@Nullable @Size(max = 2000) String en, @Nullable @Size(max = 2000) String ru) {

    public static final Text NONE = new Text(null, null);

    // Not a property: without this, JSON would carry "empty": false beside en and ru.
    @JsonIgnore
    public boolean isEmpty() {
        return isBlank(en) && isBlank(ru);
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
