package org.chancery.agreement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.common.Language;
import org.chancery.agreement.Agreement;
import org.chancery.agreement.AgreementCommand;
import org.chancery.agreement.AgreementKind;
import org.chancery.agreement.AgreementQueries;
import org.chancery.agreement.AgreementQueries.AgreementDetail;
import org.chancery.agreement.AgreementService;
import org.chancery.audit.ChangeLog;
import org.chancery.audit.web.AuditedRecordPages;
import org.chancery.audit.web.RecordHistory;
import org.chancery.audit.web.VersionConflicts;
import org.chancery.common.StaleVersionException;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.DateFields;
import org.chancery.common.web.DeletedRecord;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /agreements}: every agreement; {@code /agreements/{id}}: its participants at their own
 * stages and its history; for editors the form that creates and edits an agreement's own
 * fields ({@code /agreements/new}, {@code /agreements/{id}/edit}); deleting (refused while live
 * events concern it) and restoring, from {@link AuditedRecordPages}. The participations have
 * their own forms ({@link ParticipationController}).
 */
@PageController
@RequestMapping("/agreements")
class AgreementController extends AuditedRecordPages<Agreement, AgreementCommand> {

    static final String FORM = "agreementForm";

    private final AgreementQueries agreements;
    private final AgreementService service;
    private final ChangeLog changeLog;
    private final Clock clock;

    AgreementController(AgreementQueries agreements, AgreementService service, ChangeLog changeLog, VersionConflicts conflicts,
            MessageSource messages, Clock clock) {
        super(service, conflicts, messages, "/agreements", "agreement");
        this.agreements = agreements;
        this.service = service;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("agreements", agreements.all());
        return "agreement/list";
    }

    @GetMapping("/{id}")
    String agreement(@PathVariable long id, Locale locale, Model model, HttpServletResponse response) {
        AgreementDetail detail = agreements.detail(id, LocalDate.now(clock));
        if (detail.isDeleted()) {
            return deletedPage(id, new DeletedRecord(detail.agreement().name(locale), detail.deletedAt(), detail.deletionReason()),
                    model, response);
        }
        model.addAttribute("detail", detail);
        // One statement: the agreement was just read, so its history is read straight from the log.
        model.addAttribute("history", RecordHistory.of(changeLog.historyOf(AgreementService.RESOURCE, id)));
        return "agreement/detail";
    }

    @GetMapping("/new")
    String newAgreement(Model model) {
        model.addAttribute(FORM, AgreementForm.empty());
        return form(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute(FORM) AgreementForm form, BindingResult result, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        String opened = DateFields.edtf(form.opened(), "opened", result, locale);
        Optional<Agreement> created = result.hasErrors() ? Optional.empty() : FormRefusals.attempt(result,
                () -> service.create(form.command(opened)), AgreementForm::field, AgreementForm::fieldOfRule);
        if (created.isPresent()) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("agreement.form.created", name(created.get(), locale)));
            return "redirect:" + address(created.get().savedId());
        }
        return refused(null, model, response);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute(FORM, AgreementForm.from(service.live(id), locale));
        return form(id, model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute(FORM) AgreementForm form, BindingResult result, Locale locale,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String opened = DateFields.edtf(form.opened(), "opened", result, locale);
        if (!result.hasErrors()) {
            AgreementCommand command = form.command(opened);
            try {
                Optional<Agreement> saved = FormRefusals.attempt(result, () -> service.replace(id, expected(form.version()), command),
                        AgreementForm::field, AgreementForm::fieldOfRule);
                if (saved.isPresent()) {
                    redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("agreement.form.saved", name(saved.get(), locale)));
                    return "redirect:" + address(id);
                }
            } catch (StaleVersionException stale) {
                model.addAttribute(FORM, form.withVersion(showConflict(id, command, model, response)));
                return form(id, model);
            }
        }
        return refused(id, model, response);
    }

    @Override
    protected String name(Agreement agreement, Locale locale) {
        return Language.pick(locale, agreement.getNameEn(), agreement.getNameRu());
    }

    private String refused(@Nullable Long id, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(id, model);
    }

    private static String form(@Nullable Long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("kinds", List.of(AgreementKind.values()));
        return "agreement/form";
    }
}
