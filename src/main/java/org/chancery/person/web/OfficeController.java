package org.chancery.person.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.audit.web.RecordHistory;
import org.chancery.audit.web.VersionConflicts;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.Language;
import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.chancery.common.web.StaleForms;
import org.chancery.person.Office;
import org.chancery.person.OfficeCommand;
import org.chancery.person.OfficeQueries.OfficeProfile;
import org.chancery.person.OfficeQueries;
import org.chancery.person.OfficeService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /offices/{id}}: an office, who held it when, and its history; and the forms that add
 * and edit an office (its titles, state and institution; its terms are given from the
 * holder's page). Offices are deleted through the API only, once no term is recorded in them.
 */
@PageController
class OfficeController {

    static final String FORM = "officeForm";

    private final OfficeService offices;
    private final OfficeQueries queries;
    private final OfficeFields officeFields;
    private final VersionConflicts conflicts;

    OfficeController(OfficeService offices, OfficeQueries queries, OfficeFields officeFields, VersionConflicts conflicts) {
        this.offices = offices;
        this.queries = queries;
        this.officeFields = officeFields;
        this.conflicts = conflicts;
    }

    @GetMapping("/offices/{id}")
    String office(@PathVariable long id, Model model) {
        OfficeProfile profile = queries.profile(id);
        model.addAttribute("profile", profile);
        model.addAttribute("history", RecordHistory.of(profile.history()));
        return "office/detail";
    }

    @GetMapping("/offices/new")
    String newOffice(Model model, Locale locale) {
        model.addAttribute(FORM, OfficeForm.empty());
        return form(model, null, locale);
    }

    @PostMapping("/offices")
    String create(@Valid @ModelAttribute(FORM) OfficeForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        OfficeCommand command = officeFields.command(form, "", result, locale);
        if (command != null && !result.hasErrors()) {
            try {
                Office office = offices.create(command);
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("office.done.created", form.title(locale)));
                return "redirect:/offices/" + office.savedId();
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, null);
            } catch (InvalidRequestException refused) {
                OfficeFields.reject(result, refused, "");
            }
        }
        return form(model, null, locale);
    }

    @GetMapping("/offices/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale) {
        Office office = offices.live(id);
        model.addAttribute(FORM, OfficeForm.from(office, officeFields.institutionLabel(office.getInstitutionId(), locale)));
        return form(model, id, locale);
    }

    @PostMapping("/offices/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute(FORM) OfficeForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        OfficeCommand command = officeFields.command(form, "", result, locale);
        if (command != null && !result.hasErrors()) {
            try {
                offices.replace(id, StaleForms.expected(form.version()), command);
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("office.done.updated", form.title(locale)));
                return "redirect:/offices/" + id;
            } catch (StaleVersionException stale) {
                Office saved = offices.live(id);
                model.addAttribute("conflict", conflicts.between(command, OfficeCommand.from(saved), saved.getVersion(),
                        offices.history(id)));
                StaleForms.showAgain(model, FORM, form.withVersion(saved.getVersion()));
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, null);
            } catch (InvalidRequestException refused) {
                OfficeFields.reject(result, refused, "");
            }
        }
        return form(model, id, locale);
    }

    /** Admins: puts an earlier version's title, state and institution back, as a new version. */
    @PostMapping("/offices/{id}/versions/{version}/restore")
    String revert(@PathVariable long id, @PathVariable long version, Locale locale, RedirectAttributes redirect) {
        Office office = offices.revert(id, version);
        String title = Language.pick(locale, office.getTitleEn(), office.getTitleRu());
        redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("restore.versionDone", title, version));
        return "redirect:/offices/" + id;
    }

    private String form(Model model, @Nullable Long id, Locale locale) {
        model.addAttribute("officeId", id);
        officeFields.addChoices(model);
        return "office/form";
    }
}
