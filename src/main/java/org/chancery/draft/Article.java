package org.chancery.draft;

import java.time.LocalDate;
import java.util.Locale;

/** A news article as staff paste it: its text, where and when it was published, its language (en or ru). */
public record Article(String text, String outlet, String url, LocalDate published, String language, String title) {

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
