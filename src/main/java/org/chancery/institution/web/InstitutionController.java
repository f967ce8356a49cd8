package org.chancery.institution.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.audit.web.AuditedRecordPages;
import org.chancery.audit.web.VersionConflicts;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.Language;
import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.DeletedRecord;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.chancery.institution.Institution;
import org.chancery.institution.InstitutionCommand;
import org.chancery.institution.InstitutionKind;
import org.chancery.institution.InstitutionQueries.InstitutionProfile;
import org.chancery.institution.InstitutionQueries;
import org.chancery.institution.InstitutionService;
import org.chancery.state.StateDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /institutions/{id}}: what it is, its offices, its events and its history; the form
 * that adds and edits one (its state picked by type-ahead); deleting (refused while events
 * name it or offices belong to it) and restoring, from {@link AuditedRecordPages}.
 */
@PageController
@RequestMapping("/institutions")
class InstitutionController extends AuditedRecordPages<Institution, InstitutionCommand> {

    static final String FORM = "institutionForm";

    private final InstitutionService institutions;
    private final InstitutionQueries queries;
    private final StateDirectory states;

    InstitutionController(InstitutionService institutions, InstitutionQueries queries, StateDirectory states,
            VersionConflicts conflicts, MessageSource messages) {
        super(institutions, conflicts, messages, "/institutions", "institution");
        this.institutions = institutions;
        this.queries = queries;
        this.states = states;
    }

    @GetMapping("/{id}")
    String institution(@PathVariable long id, Locale locale, Model model, HttpServletResponse response) {
        InstitutionProfile profile = queries.profile(id);
        if (profile.deleted()) {
            return deletedPage(id, new DeletedRecord(profile.name(locale), profile.deletedAt(), profile.deletionReason()),
                    model, response);
        }
        model.addAttribute("profile", profile);
        model.addAttribute("history", history(id));
        return "institution/detail";
    }

    /** {@code ?state=KZ} fills in the state, as the state's page links here. */
    @GetMapping("/new")
    String newInstitution(@RequestParam(required = false) @Nullable String state, Model model) {
        model.addAttribute(FORM, InstitutionForm.empty(state));
        return formPage(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute(FORM) InstitutionForm form, BindingResult result, Locale locale, Model model,
            RedirectAttributes redirect) {
        String stateCode = stateCode(form, result);
        if (!result.hasErrors()) {
            try {
                Institution institution = institutions.create(form.command(stateCode));
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("institution.done.created", name(institution, locale)));
                return "redirect:" + address(institution.savedId());
            } catch (InvalidRequestException | RuleViolationException refused) {
                reject(result, refused);
            }
        }
        return formPage(null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute(FORM, InstitutionForm.from(institutions.live(id)));
        return formPage(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute(FORM) InstitutionForm form, BindingResult result,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String stateCode = stateCode(form, result);
        if (!result.hasErrors()) {
            InstitutionCommand command = form.command(stateCode);
            try {
                Institution institution = institutions.replace(id, expected(form.version()), command);
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE,
                        Confirmation.of("institution.done.saved", name(institution, locale)));
                return "redirect:" + address(id);
            } catch (StaleVersionException stale) {
                model.addAttribute(FORM, form.withVersion(showConflict(id, command, model, response)));
            } catch (InvalidRequestException | RuleViolationException refused) {
                reject(result, refused);
            }
        }
        return formPage(id, model);
    }

    @Override
    protected String name(Institution institution, Locale locale) {
        return Language.pick(locale, institution.getNameEn(), institution.getNameRu());
    }


    private String formPage(@Nullable Long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("kinds", List.of(InstitutionKind.values()));
        model.addAttribute("states", states.all());
        return "institution/form";
    }

    /**
     * The state typed (a code, an alpha-3 code or a name in either language) as its alpha-2
     * code, none where the field is empty; what names no state is refused on the field (the
     * service refuses a well-formed code of no state).
     */
    private @Nullable String stateCode(InstitutionForm form, BindingResult result) {
        String typed = form.state();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String code = states.codeFor(typed).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            result.rejectValue("state", "institution.form.state.unknown");
            return null;
        }
        return code;
    }

    private static void reject(BindingResult result, RuntimeException refused) {
        if (refused instanceof InvalidRequestException invalid) {
            FormRefusals.reject(result, invalid, path -> switch (path) {
                case "state" -> "state";
                case "name.en" -> "nameEn";
                case "name.ru" -> "nameRu";
                default -> null;
            });
        } else if (refused instanceof RuleViolationException rule) {
            FormRefusals.reject(result, rule, rule.rule().equals("institution-names") ? "nameEn" : null);
        }
    }
}
