package org.chancery.agreement.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.agreement.Agreement;
import org.chancery.agreement.AgreementCommand;
import org.chancery.agreement.AgreementKind;
import org.chancery.agreement.AgreementService;
import org.chancery.audit.web.VersionConflicts;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.chancery.common.UncertainDate;
import org.chancery.common.api.InvalidRequestException;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.DateFields;
import org.chancery.common.web.Deletions;
import org.chancery.common.web.DeletionForm;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors create, edit and delete agreements ({@code /agreements/new}, {@code /agreements/{id}/edit},
 * {@code /agreements/{id}/delete}); admins restore a deleted one or an earlier version. The
 * participations have their own forms ({@link ParticipationController}).
 */
@PageController
class AgreementFormController {

    static final String FORM = "agreementForm";
    /** A flash attribute: what a restore was refused for, shown on the agreement's page. */
    static final String REFUSAL = "refusal";

    private final AgreementService agreements;
    private final VersionConflicts conflicts;

    AgreementFormController(AgreementService agreements, VersionConflicts conflicts) {
        this.agreements = agreements;
        this.conflicts = conflicts;
    }

    @GetMapping("/agreements/new")
    String newAgreement(Model model) {
        model.addAttribute(FORM, AgreementForm.empty());
        return form(null, model);
    }

    @PostMapping("/agreements")
    String create(@Valid @ModelAttribute(FORM) AgreementForm form, BindingResult result, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        String opened = DateFields.edtf(form.opened(), "opened", result, locale);
        Optional<Agreement> created = result.hasErrors() ? Optional.empty() : FormRefusals.attempt(result,
                () -> agreements.create(form.command(opened)), AgreementForm::field, AgreementForm::fieldOfRule);
        if (created.isPresent()) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("agreement.form.created", name(created.get(), locale)));
            return "redirect:/agreements/" + created.get().getId();
        }
        return refused(null, model, response);
    }

    @GetMapping("/agreements/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute(FORM, AgreementForm.from(agreements.live(id), locale));
        return form(id, model);
    }

    @PostMapping("/agreements/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute(FORM) AgreementForm form, BindingResult result, Locale locale,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String opened = DateFields.edtf(form.opened(), "opened", result, locale);
        if (form.version() == null) {
            result.reject("recordForm.versionMissing");
        }
        if (!result.hasErrors()) {
            AgreementCommand command = form.command(opened);
            try {
                Optional<Agreement> saved = FormRefusals.attempt(result, () -> agreements.replace(id,
                        ExpectedVersion.of(Objects.requireNonNull(form.version())), command), AgreementForm::field,
                        AgreementForm::fieldOfRule);
                if (saved.isPresent()) {
                    redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("agreement.form.saved", name(saved.get(), locale)));
                    return "redirect:/agreements/" + id;
                }
            } catch (StaleVersionException | OptimisticLockingFailureException stale) {
                Agreement saved = agreements.live(id);
                model.addAttribute("conflict", conflicts.between(asTyped(command, locale), asTyped(AgreementCommand.from(saved), locale),
                        saved.getVersion(), agreements.history(id)));
                response.setStatus(HttpStatus.CONFLICT.value());
                return form(id, model);
            }
        }
        return refused(id, model, response);
    }

    @GetMapping("/agreements/{id}/delete")
    String confirmDeletion(@PathVariable long id, Locale locale, Model model) {
        Agreement agreement = agreements.live(id);
        model.addAttribute(DeletionForm.ATTRIBUTE, DeletionForm.of(agreement.getVersion()));
        return deletionPage(agreement, locale, model);
    }

    @PostMapping("/agreements/{id}/delete")
    String delete(@PathVariable long id, @Valid @ModelAttribute(DeletionForm.ATTRIBUTE) DeletionForm form, BindingResult result,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Agreement agreement = agreements.live(id);
        if (Deletions.made(result, () -> agreements.delete(id, ExpectedVersion.of(Objects.requireNonNull(form.version())),
                Objects.requireNonNull(form.reason())), response)) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("deletion.done", name(agreement, locale)));
            return "redirect:/agreements/" + id;
        }
        return deletionPage(agreement, locale, model);
    }

    @PostMapping("/agreements/{id}/restore")
    String restore(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            Agreement agreement = agreements.restore(id);
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("restore.done", name(agreement, locale)));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute(REFUSAL, Confirmation.of("rule." + refused.rule()));
        }
        return "redirect:/agreements/" + id;
    }

    @PostMapping("/agreements/{id}/versions/{version}/restore")
    String restoreVersion(@PathVariable long id, @PathVariable long version, Locale locale, RedirectAttributes redirect) {
        try {
            Agreement agreement = agreements.revert(id, version);
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE,
                    Confirmation.of("restore.versionDone", name(agreement, locale), version));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute(REFUSAL, Confirmation.of("rule." + refused.rule()));
        } catch (InvalidRequestException refused) {
            redirect.addFlashAttribute(REFUSAL, Confirmation.of("agreement.revert.missingReference"));
        }
        return "redirect:/agreements/" + id;
    }

    private String refused(@Nullable Long id, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(id, model);
    }

    /** The command with its opening date as people write it, for the conflict panel to compare. */
    private static AgreementCommand asTyped(AgreementCommand command, Locale locale) {
        return new AgreementCommand(command.name(), command.kind(), command.multilateral(), command.summary(),
                command.opened() == null ? null : DateFields.typed(UncertainDate.parseEdtf(command.opened()), locale));
    }

    private String form(@Nullable Long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("kinds", List.of(AgreementKind.values()));
        return "agreement/form";
    }

    private String deletionPage(Agreement agreement, Locale locale, Model model) {
        model.addAttribute("what", name(agreement, locale));
        model.addAttribute("deleteAction", "/agreements/" + agreement.getId() + "/delete");
        model.addAttribute("cancel", "/agreements/" + agreement.getId());
        return "record/delete";
    }

    /** The agreement's name in the reader's language, as headings and confirmations name it. */
    static String name(Agreement agreement, Locale locale) {
        return "ru".equals(locale.getLanguage()) ? agreement.getNameRu() : agreement.getNameEn();
    }
}
