package org.chancery.source.web;

import org.jspecify.annotations.Nullable;

/**
 * One source of a form's record, as staff fill it in: either picked from the existing sources
 * ({@code source} holds what the type-ahead put there, "12 · Trend — …", or just the number)
 * or described to be added with the record ({@code newTitle} and the rest), and in both cases
 * the passage that reports the fact. A row left wholly empty is no source.
 * {@link SourcePicker#read} reads it.
 */
public record CitationInput(@Nullable String source, @Nullable String passage, @Nullable String newTitle,
        @Nullable String newOutlet, @Nullable String newUrl, @Nullable String newPublishedOn,
        @Nullable String newLanguage) {

    public static CitationInput empty() {
        return new CitationInput(null, null, null, null, null, null, null);
    }

    /** An existing source, as an edit form shows it. */
    public static CitationInput picked(String sourceLabel, String passage) {
        return new CitationInput(sourceLabel, passage, null, null, null, null, null);
    }

    /** Whether the row describes a source to add (its title, address or outlet is filled in). */
    public boolean addsSource() {
        return filled(newTitle) || filled(newUrl) || filled(newOutlet);
    }

    public boolean isBlank() {
        return !filled(source) && !filled(passage) && !addsSource() && !filled(newPublishedOn);
    }

    static boolean filled(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
