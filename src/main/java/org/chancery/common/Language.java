package org.chancery.common;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The two languages the record is kept in, and the one place that picks between them: Russian
 * for a reader whose locale's language is Russian, English for everyone else.
 */
public final class Language {

    private Language() {
    }

    /** Whether the reader reads Russian ({@code ru}, {@code ru-KZ} …). */
    public static boolean isRussian(Locale locale) {
        return "ru".equals(locale.getLanguage());
    }

    /** The Russian one for a Russian reader, the English one for any other. */
    public static <T> T pick(Locale locale, T english, T russian) {
        return isRussian(locale) ? russian : english;
    }

    /** The reader's one, or the other where the record has it in one language only (null when in none). */
    public static <T> @Nullable T pickPresent(Locale locale, @Nullable T english, @Nullable T russian) {
        T mine = pick(locale, english, russian);
        return mine != null ? mine : pick(locale, russian, english);
    }
}
