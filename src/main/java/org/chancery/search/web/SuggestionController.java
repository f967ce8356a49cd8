package org.chancery.search.web;

import java.util.List;
import java.util.Locale;

import org.chancery.common.Bilingual;
import org.chancery.common.Language;
import org.chancery.common.web.PickedLabels;
import org.chancery.institution.InstitutionQueries;
import org.chancery.person.OfficeQueries;
import org.chancery.person.PersonQueries;
import org.chancery.source.web.SourcePicker;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /suggest/persons?q=}, {@code /suggest/institutions?q=} and {@code /suggest/offices?q=}:
 * what the forms' type-ahead offers as one types, up to ten candidates, each with the label the
 * form reads back ("12 · Kassym-Jomart Tokayev") in the reader's language.
 */
@RestController
class SuggestionController {

    static final int LIMIT = 10;

    private final PersonQueries persons;
    private final InstitutionQueries institutions;
    private final OfficeQueries offices;
    private final SourcePicker sources;

    SuggestionController(PersonQueries persons, InstitutionQueries institutions, OfficeQueries offices, SourcePicker sources) {
        this.sources = sources;
        this.persons = persons;
        this.institutions = institutions;
        this.offices = offices;
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

    /**
     * An office for a new person's office fields, which take it whole.
     *
     * @param label       what the title field shows in the list ("Minister of Foreign Affairs of Israel · IL")
     * @param institution the institution's label as the form reads it back ("2 · Ministry of Foreign Affairs of Israel"), or null
     */
    record OfficeSuggestion(long id, String label, String titleEn, String titleRu, String stateCode,
            @Nullable String institution) {
    }

    /** A source for a form's source field: its label is what the field takes back ("4 · Trend — title (2026-01-27)"). */
    record SourceSuggestion(long id, String label) {
    }

    @GetMapping("/suggest/sources")
    List<SourceSuggestion> sources(@RequestParam(defaultValue = "") String q) {
        return sources.suggest(q, LIMIT).stream().map(source -> new SourceSuggestion(source.id(), source.label())).toList();
    }

    @GetMapping("/suggest/offices")
    List<OfficeSuggestion> offices(@RequestParam(defaultValue = "") String q, Locale locale) {
        return offices.suggest(q, LIMIT).stream()
                .map(office -> new OfficeSuggestion(office.id(), pick(office.title(), locale) + " · " + office.stateCode(),
                        office.title().en(), office.title().ru(), office.stateCode(),
                        office.institutionId() == null || office.institution() == null ? null
                                : PickedLabels.label(office.institutionId(), pick(office.institution(), locale))))
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
