package org.chancery.person.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.audit.web.RecordHistory;
import org.chancery.audit.web.VersionConflicts;
import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.DeletionForm;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.chancery.person.Person;
import org.chancery.person.PersonCommand;
import org.chancery.person.PersonProfiles;
import org.chancery.person.PersonProfiles.PersonProfile;
import org.chancery.person.PersonService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /persons/{id}}: offices over time, events attended and the history; and the forms
 * that add, edit, delete and restore a person. A deleted person's page says when and why
 * (410), and offers admins to restore them. The offices they hold are given on
 * {@code /persons/{id}/terms} ({@link TermController}).
 */
@PageController
class PersonController {

    static final String FORM = "personForm";

    private final PersonService persons;
    private final PersonProfiles profiles;
    private final VersionConflicts conflicts;
    private final MessageSource messages;

    PersonController(PersonService persons, PersonProfiles profiles, VersionConflicts conflicts, MessageSource messages) {
        this.persons = persons;
        this.profiles = profiles;
        this.conflicts = conflicts;
        this.messages = messages;
    }

    @GetMapping("/persons/{id}")
    String person(@PathVariable long id, Model model, HttpServletResponse response) {
        PersonProfile profile = profiles.profile(id);
        model.addAttribute("profile", profile);
        model.addAttribute("history", RecordHistory.of(profile.history()));
        if (profile.deletion() != null) {
            response.setStatus(HttpStatus.GONE.value());
            return "person/gone";
        }
        return "person/detail";
    }

    @GetMapping("/persons/new")
    String newPerson(Model model) {
        model.addAttribute(FORM, PersonForm.empty());
        return form(model, null);
    }

    @PostMapping("/persons")
    String create(@Valid @ModelAttribute(FORM) PersonForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Person person = persons.create(form.command());
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("person.done.created", form.name(locale)));
                return "redirect:/persons/" + person.savedId();
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, null);
            }
        }
        return form(model, null);
    }

    @GetMapping("/persons/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute(FORM, PersonForm.from(persons.live(id)));
        return form(model, id);
    }

    @PostMapping("/persons/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute(FORM) PersonForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                persons.replace(id, StaleForms.expected(form.version()), form.command());
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("person.done.updated", form.name(locale)));
                return "redirect:/persons/" + id;
            } catch (StaleVersionException stale) {
                Person saved = persons.live(id);
                model.addAttribute("conflict", conflicts.between(form.command(), PersonCommand.from(saved),
                        saved.getVersion(), persons.history(id)));
                StaleForms.showAgain(model, FORM, form.withVersion(saved.getVersion()));
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, null);
            }
        }
        return form(model, id);
    }

    @GetMapping("/persons/{id}/delete")
    String deletion(@PathVariable long id, Model model, Locale locale) {
        Person person = persons.live(id);
        model.addAttribute(DeletionForm.ATTRIBUTE, DeletionForm.of(person.getVersion()));
        return deletionPage(person, model, locale);
    }

    @PostMapping("/persons/{id}/delete")
    String delete(@PathVariable long id, @Valid @ModelAttribute(DeletionForm.ATTRIBUTE) DeletionForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Person person = persons.live(id);
        if (!result.hasErrors()) {
            try {
                persons.delete(id, StaleForms.expected(form.version()), String.valueOf(form.reason()));
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("deletion.done", what(person, locale)));
                return "redirect:/persons/" + id;
            } catch (StaleVersionException stale) {
                StaleForms.showAgain(model, DeletionForm.ATTRIBUTE, new DeletionForm(stale.currentVersion(), form.reason()))
                        .reject("person.delete.stale");
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, null);
            }
        }
        return deletionPage(person, model, locale);
    }

    /** Admins: brings a deleted person back. */
    @PostMapping("/persons/{id}/restore")
    String restore(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            Person person = persons.restore(id);
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("restore.done", what(person, locale)));
        } catch (RuleViolationException notDeleted) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("rule." + notDeleted.rule()));
        }
        return "redirect:/persons/" + id;
    }

    /** Admins: puts an earlier version of the person back, as a new version. */
    @PostMapping("/persons/{id}/versions/{version}/restore")
    String revert(@PathVariable long id, @PathVariable long version, Locale locale, RedirectAttributes redirect) {
        Person person = persons.revert(id, version);
        redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("restore.versionDone", what(person, locale), version));
        return "redirect:/persons/" + id;
    }

    private static String form(Model model, @Nullable Long id) {
        model.addAttribute("personId", id);
        return "person/form";
    }

    private String deletionPage(Person person, Model model, Locale locale) {
        model.addAttribute("what", what(person, locale));
        model.addAttribute("deleteAction", "/persons/" + person.savedId() + "/delete");
        model.addAttribute("cancel", "/persons/" + person.savedId());
        return "record/delete";
    }

    /** "the person “Gideon Saar”", in the reader's language. */
    private String what(Person person, Locale locale) {
        String name = "ru".equals(locale.getLanguage()) ? person.getNameRu() : person.getNameEn();
        return messages.getMessage("person.what", new Object[] {name}, locale);
    }
}
