package org.chancery.person;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** An office as pages name it, in the reader's language: its title, its state, its institution if any. */
public interface OfficeDescription {

    String titleEn();

    String titleRu();

    String stateNameEn();

    String stateNameRu();

    @Nullable String institutionEn();

    @Nullable String institutionRu();

    default String title(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? titleRu() : titleEn();
    }

    default String stateName(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? stateNameRu() : stateNameEn();
    }

    default @Nullable String institution(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? institutionRu() : institutionEn();
    }
}
