package org.chancery.person.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chancery.common.InvalidRequestException;
import org.chancery.common.web.FormRefusals;
import org.chancery.person.OfficeCommand;
import org.chancery.person.OfficeQueries.Choice;
import org.chancery.person.OfficeQueries;
import org.chancery.state.StateDirectory;
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

    private final StateDirectory states;
    private final OfficeQueries offices;

    OfficeFields(StateDirectory states, OfficeQueries offices) {
        this.states = states;
        this.offices = offices;
    }

    /** The states the state field suggests, and the institutions an office can sit in. */
    void addChoices(Model model, Locale locale) {
        model.addAttribute("states", states.all());
        addChoices(model, "institution", offices.institutions(), locale);
    }

    /** {@code <name>Options} (the ids) and {@code <name>Labels} (their names in the reader's language) for a select field. */
    static void addChoices(Model model, String name, List<Choice> choices, Locale locale) {
        Map<Long, String> labels = new LinkedHashMap<>();
        choices.forEach(choice -> labels.put(choice.id(), choice.name(locale)));
        model.addAttribute(name + "Options", List.copyOf(labels.keySet()));
        model.addAttribute(name + "Labels", labels);
    }

    /**
     * The office the fields describe, or null when the state typed names no state (the field
     * is then rejected) or was left empty (validation rejected it already).
     */
    @Nullable OfficeCommand command(OfficeForm form, String prefix, BindingResult result) {
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
        return form.command(code);
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
