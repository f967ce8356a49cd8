package org.chancery.person.web;

import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.chancery.common.ExpectedVersion;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.Language;
import org.chancery.common.NotFoundException;
import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.chancery.common.web.RecordPicker;
import org.chancery.common.web.StaleForms;
import org.chancery.person.OfficeCommand;
import org.chancery.person.OfficeQueries.HeldTerm;
import org.chancery.person.OfficeQueries;
import org.chancery.person.OfficeService;
import org.chancery.person.OfficeTerm;
import org.chancery.person.Person;
import org.chancery.person.PersonService;
import org.chancery.person.TermCommand;
import org.chancery.person.web.NewTermForm.OfficeChoice;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /persons/{id}/terms}: giving a person an office, one already recorded or a new one
 * created in the same form (the office and the term are written together or not at all);
 * moving a term's start and end, such as to end it; and removing a term recorded in error.
 */
@PageController
class TermController {

    static final String NEW_FORM = "newTermForm";
    static final String FORM = "termForm";
    private static final String NEW_OFFICE = "newOffice.";

    private final PersonService persons;
    private final OfficeService offices;
    private final OfficeQueries queries;
    private final OfficeFields officeFields;
    private final SpringValidatorAdapter validator;

    TermController(PersonService persons, OfficeService offices, OfficeQueries queries, OfficeFields officeFields,
            Validator validator) {
        this.persons = persons;
        this.offices = offices;
        this.queries = queries;
        this.officeFields = officeFields;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/persons/{id}/terms/new")
    String newTerm(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute(NEW_FORM, NewTermForm.empty());
        return newTermPage(persons.live(id), model, locale);
    }

    @PostMapping("/persons/{id}/terms")
    String appoint(@PathVariable long id, @Valid @ModelAttribute(NEW_FORM) NewTermForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        Person person = persons.live(id);
        OfficeCommand newOffice = null;
        Long office = null;
        if (form.officeChoice() == OfficeChoice.NEW) {
            result.pushNestedPath("newOffice");
            validator.validate(form.newOffice(), result);
            result.popNestedPath();
            newOffice = officeFields.command(form.newOffice(), NEW_OFFICE, result, locale);
        } else if (form.officeChoice() == OfficeChoice.EXISTING) {
            String typed = form.office() == null ? "" : form.office().strip();
            if (typed.isEmpty()) {
                result.rejectValue("office", "term.form.office.required");
            } else {
                RecordPicker.Picked picked = officeFields.office(typed, locale);
                office = picked.id();
                if (office == null) {
                    RecordPicker.reject(result, "office", "term.form.office.typed", typed, picked, "No office is called " + typed);
                }
            }
        }
        TermCommand term = TermCommand.of(id, TermDates.date(form.from(), "from", result, locale),
                TermDates.date(form.to(), "to", result, locale));
        if (!result.hasErrors()) {
            try {
                // A term is added beside the office's others, which the office checks it against as
                // they are now: no change of the office's is overwritten, so any version will do.
                OfficeTerm appointed = newOffice != null ? offices.createWithTerm(newOffice, term)
                        : offices.appoint(Objects.requireNonNull(office), ExpectedVersion.ANY, term);
                String title = queries.term(id, appointed.savedId()).title(locale);
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("term.done.appointed", name(person, locale), title));
                return "redirect:/persons/" + id;
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, fieldOf(refused, NEW_OFFICE + "titleEn"));
            } catch (InvalidRequestException refused) {
                OfficeFields.reject(result, refused, NEW_OFFICE);
            } catch (NotFoundException officeGone) {
                result.rejectValue("office", "term.form.office.unknown");
            }
        }
        return newTermPage(person, model, locale);
    }

    @GetMapping("/persons/{id}/terms/{termId}/edit")
    String edit(@PathVariable long id, @PathVariable long termId, Model model, Locale locale) {
        HeldTerm term = queries.term(id, termId);
        model.addAttribute(FORM, TermForm.from(term, locale));
        return termPage(term, model);
    }

    @PostMapping("/persons/{id}/terms/{termId}")
    String revise(@PathVariable long id, @PathVariable long termId, @ModelAttribute(FORM) TermForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        HeldTerm term = queries.term(id, termId);
        TermCommand revised = TermCommand.of(id, TermDates.date(form.from(), "from", result, locale),
                TermDates.date(form.to(), "to", result, locale));
        if (!result.hasErrors()) {
            try {
                offices.reviseTerm(term.officeId(), termId, StaleForms.expected(form.version()), revised);
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("term.done.updated", term.name(locale), term.title(locale)));
                return "redirect:/persons/" + id;
            } catch (StaleVersionException stale) {
                changedMeanwhile(model, form.withVersion(stale.currentVersion()), response);
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, fieldOf(refused, null));
            }
        }
        return termPage(term, model);
    }

    /** Takes back a term recorded in error; a term that ended is given its end instead. */
    @PostMapping("/persons/{id}/terms/{termId}/delete")
    String withdraw(@PathVariable long id, @PathVariable long termId, @RequestParam(required = false) @Nullable Long version,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        HeldTerm term = queries.term(id, termId);
        try {
            offices.withdraw(term.officeId(), termId, StaleForms.expected(version));
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE,
                    Confirmation.of("term.done.removed", term.name(locale), term.title(locale)));
            return "redirect:/persons/" + id;
        } catch (StaleVersionException stale) {
            changedMeanwhile(model, TermForm.from(term, locale).withVersion(stale.currentVersion()), response);
            return termPage(term, model);
        }
    }

    private String newTermPage(Person person, Model model, Locale locale) {
        model.addAttribute("personId", person.savedId());
        model.addAttribute("personName", name(person, locale));
        officeFields.addChoices(model);
        model.addAttribute("officeChoices", OfficeChoice.values());
        return "person/term-new";
    }

    private static String termPage(HeldTerm term, Model model) {
        model.addAttribute("term", term);
        return "person/term-edit";
    }

    /** Someone changed the office since the page was read: the form is shown again, to be saved over the office as it now is. */
    private static void changedMeanwhile(Model model, TermForm form, HttpServletResponse response) {
        StaleForms.showAgain(model, FORM, form).reject("term.stale");
        response.setStatus(HttpStatus.CONFLICT.value());
    }

    /** The field a refused rule concerns: two holders on a day, and an end before the start, are about the dates. */
    private static @Nullable String fieldOf(RuleViolationException refused, @Nullable String titleField) {
        return switch (refused.rule()) {
            case "office-one-holder" -> "from";
            case "date-end-before-start" -> "to";
            case "office-titles" -> titleField;
            default -> null;
        };
    }

    private static String name(Person person, Locale locale) {
        return Language.pick(locale, person.getNameEn(), person.getNameRu());
    }
}
