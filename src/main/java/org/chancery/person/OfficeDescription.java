package org.chancery.person;

import org.chancery.common.Language;

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
        return Language.pick(locale, titleEn(), titleRu());
    }

    default String stateName(Locale locale) {
        return Language.pick(locale, stateNameEn(), stateNameRu());
    }

    default @Nullable String institution(Locale locale) {
        return Language.pick(locale, institutionEn(), institutionRu());
    }
}
