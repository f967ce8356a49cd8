package org.chancery.search.web;

import java.util.List;
import java.util.Locale;

import org.chancery.common.Bilingual;
import org.chancery.common.Language;
import org.chancery.common.web.PickedLabels;
import org.chancery.institution.InstitutionQueries;
import org.chancery.person.PersonQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /suggest/persons?q=} and {@code /suggest/institutions?q=}: what the forms' type-ahead
 * offers as one types, up to ten candidates, each with the label the form reads back
 * ("12 · Kassym-Jomart Tokayev") in the reader's language.
 */
@RestController
class SuggestionController {

    static final int LIMIT = 10;

    private final PersonQueries persons;
    private final InstitutionQueries institutions;

    SuggestionController(PersonQueries persons, InstitutionQueries institutions) {
        this.persons = persons;
        this.institutions = institutions;
    }

    /**
     * One candidate.
     *
     * @param office what the person holds today, or null (always null for an institution)
     * @param state  the office's or institution's state, or null
     */
    record Suggestion(long id, String label, String nameEn, String nameRu, @Nullable String office,
            @Nullable String stateCode, @Nullable String state) {
    }

    @GetMapping("/suggest/persons")
    List<Suggestion> persons(@RequestParam(defaultValue = "") String q, Locale locale) {
        return persons.suggest(q, LIMIT).stream()
                .map(person -> suggestion(person.id(), person.name(), person.office(), person.stateCode(), person.state(),
                        locale))
                .toList();
    }

    @GetMapping("/suggest/institutions")
    List<Suggestion> institutions(@RequestParam(defaultValue = "") String q, Locale locale) {
        return institutions.suggest(q, LIMIT).stream()
                .map(institution -> suggestion(institution.id(), institution.name(), null, institution.stateCode(),
                        institution.state(), locale))
                .toList();
    }

    private static Suggestion suggestion(long id, Bilingual name, @Nullable Bilingual office, @Nullable String stateCode,
            @Nullable Bilingual state, Locale locale) {
        return new Suggestion(id, PickedLabels.label(id, pick(name, locale)), name.en(), name.ru(),
                office == null ? null : pick(office, locale), stateCode, state == null ? null : pick(state, locale));
    }

    private static String pick(Bilingual text, Locale locale) {
        return Language.pick(locale, text.en(), text.ru());
    }
}
