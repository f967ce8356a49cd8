package org.chancery.person.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.audit.web.AuditedRecordPages;
import org.chancery.audit.web.RecordHistory;
import org.chancery.audit.web.VersionConflicts;
import org.chancery.common.Language;
import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.DeletedRecord;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.chancery.common.web.StaleForms;
import org.chancery.person.Person;
import org.chancery.person.PersonCommand;
import org.chancery.person.PersonQueries.PersonProfile;
import org.chancery.person.PersonQueries;
import org.chancery.person.PersonService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /persons/{id}}: offices over time, events attended and the history; and the forms
 * that add and edit a person; deleting and restoring come from {@link AuditedRecordPages}. A deleted person's page says when and why
 * (410), and offers admins to restore them. The offices they hold are given on
 * {@code /persons/{id}/terms} ({@link TermController}).
 */
@PageController
@RequestMapping("/persons")
class PersonController extends AuditedRecordPages<Person, PersonCommand> {

    static final String FORM = "personForm";

    private final PersonService persons;
    private final PersonQueries queries;

    PersonController(PersonService persons, PersonQueries queries, VersionConflicts conflicts, MessageSource messages) {
        super(persons, conflicts, messages, "/persons", "person");
        this.persons = persons;
        this.queries = queries;
    }

    @Override
    protected String name(Person person, Locale locale) {
        return Language.pick(locale, person.getNameEn(), person.getNameRu());
    }

    @GetMapping("/{id}")
    String person(@PathVariable long id, Model model, Locale locale, HttpServletResponse response) {
        PersonProfile profile = queries.profile(id);
        if (profile.deletion() != null) {
            return deletedPage(id, new DeletedRecord(profile.name(locale), profile.deletion().at(),
                    profile.deletion().reason()), model, response);
        }
        model.addAttribute("profile", profile);
        model.addAttribute("history", RecordHistory.of(profile.history()));
        return "person/detail";
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        model.addAttribute(FORM, PersonForm.empty());
        return form(model, null);
    }

    @PostMapping
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

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute(FORM, PersonForm.from(persons.live(id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute(FORM) PersonForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                persons.replace(id, expected(form.version()), form.command());
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("person.done.updated", form.name(locale)));
                return "redirect:/persons/" + id;
            } catch (StaleVersionException stale) {
                long saved = showConflict(id, form.command(), model, response);
                StaleForms.showAgain(model, FORM, form.withVersion(saved));
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, null);
            }
        }
        return form(model, id);
    }

    private static String form(Model model, @Nullable Long id) {
        model.addAttribute("personId", id);
        return "person/form";
    }
}
