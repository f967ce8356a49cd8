package org.chancery.person.web;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.chancery.common.InvalidRequestException;
import org.chancery.common.Language;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PickedLabels;
import org.chancery.common.web.RecordPicker;
import org.chancery.person.OfficeCommand;
import org.chancery.person.OfficeQueries.OfficeSuggestion;
import org.chancery.person.OfficeQueries;
import org.chancery.state.StateQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The fields that describe an office ({@code office/fields :: officeFields}), on the office
 * form and inline on the form that gives a person an office: what they offer to choose, the
 * state read from what was typed, and the service's refusals put on them. {@code prefix} is
 * where they sit in their form: {@code ""} or {@code "newOffice."}.
 */
@Component
class OfficeFields {

    private final StateQueries states;
    private final OfficeQueries offices;
    private final RecordPicker picker;

    OfficeFields(StateQueries states, OfficeQueries offices, RecordPicker picker) {
        this.states = states;
        this.offices = offices;
        this.picker = picker;
    }

    /**
     * The states the state field suggests. The institution field lists none: it is filled as one
     * types from {@code /suggest/institutions}, and a typed name is read back by {@link #command}.
     */
    void addChoices(Model model) {
        model.addAttribute("states", states.all());
    }

    /** An institution as the institution field shows and takes it back ("2 · Ministry of Foreign Affairs"), or null for none. */
    @Nullable String institutionLabel(@Nullable Long id, Locale locale) {
        if (id == null) {
            return null;
        }
        return offices.institution(id).map(choice -> PickedLabels.label(id, choice.name(locale))).orElse(String.valueOf(id));
    }

    /**
     * The office the fields describe, or null when the state typed names no state or the
     * institution typed names no institution or several (the field is then rejected, with the
     * candidates), or the state was left empty (validation rejected it already).
     */
    @Nullable OfficeCommand command(OfficeForm form, String prefix, BindingResult result, Locale locale) {
        Long institution = null;
        boolean institutionRead = true;
        String named = form.institution() == null ? "" : form.institution().strip();
        if (!named.isEmpty()) {
            RecordPicker.Picked picked = picker.find(RecordPicker.Table.institution, named, locale);
            institution = picked.id();
            if (institution == null) {
                RecordPicker.reject(result, prefix + "institution", "office.form.institution", named, picked,
                        "No institution is called " + named);
                institutionRead = false;
            }
        }
        String typed = form.state() == null ? "" : form.state().strip();
        if (typed.isEmpty()) {
            return null;
        }
        String code = states.codeFor(typed).toUpperCase(Locale.ROOT);
        if (states.byCode(code).isEmpty()) {
            result.rejectValue(prefix + "state", "office.form.state.unknown", new Object[] {typed},
                    "No state is called " + typed);
            return null;
        }
        return institutionRead ? form.command(code, institution) : null;
    }

    /**
     * The record's office a typed text names, as the office field's type-ahead shows it: its
     * number ("#12", if the record has it), its title and state's code ("Minister of Foreign
     * Affairs · IL"), its title in either language if only one office has it, else the one office
     * whose title, initials or state fit every word typed ("MFA IL"). Otherwise null, with the
     * candidates ("title · state").
     */
    RecordPicker.Picked office(String typed, Locale locale) {
        String text = typed.strip();
        OptionalLong id = PickedLabels.leadingId(text);
        if (id.isPresent()) {
            return new RecordPicker.Picked(offices.exists(id.getAsLong()) ? id.getAsLong() : null, List.of());
        }
        int dot = text.lastIndexOf('·');
        if (dot > 0) {
            List<OfficeSuggestion> exact = offices.titled(text.substring(0, dot), text.substring(dot + 1).strip(), 2);
            if (exact.size() == 1) {
                return new RecordPicker.Picked(exact.getFirst().id(), List.of());
            }
        }
        List<OfficeSuggestion> titled = offices.titled(text, null, RecordPicker.CANDIDATES + 1);
        List<OfficeSuggestion> found = titled.isEmpty() ? offices.suggest(text, RecordPicker.CANDIDATES + 1) : titled;
        if (found.size() == 1) {
            return new RecordPicker.Picked(found.getFirst().id(), List.of());
        }
        return new RecordPicker.Picked(null, found.stream().limit(RecordPicker.CANDIDATES)
                .map(office -> Language.pick(locale, office.title().en(), office.title().ru()) + " · " + office.stateCode())
                .toList());
    }

    /** The service refused a state or an institution (one deleted meanwhile). */
    static void reject(BindingResult result, InvalidRequestException refused, String prefix) {
        FormRefusals.reject(result, refused, path -> switch (path) {
            case "state" -> prefix + "state";
            case "institutionId" -> prefix + "institution";
            default -> null;
        });
    }
}
