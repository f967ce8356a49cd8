package org.chancery.economy.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.audit.web.VersionConflicts;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.chancery.common.UncertainDateFormat;
import org.chancery.common.api.InvalidRequestException;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.Deletions;
import org.chancery.common.web.DeletionForm;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.chancery.economy.EconomicFigure;
import org.chancery.economy.EconomicFigureCommand;
import org.chancery.economy.EconomicFigureService;
import org.chancery.economy.Indicator;
import org.chancery.economy.Qualifier;
import org.chancery.economy.web.EconomicFigureFormReader.ReadFigure;
import org.chancery.source.web.CitingWrites;
import org.chancery.source.web.SourcePicker;
import org.chancery.state.StateDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors record economic figures ({@code /figures/new}), correct them ({@code /figures/{id}/edit},
 * one template) and delete them with a reason; admins restore a deleted figure or an earlier
 * version. Numbers and periods are taken as typed ("1 234,5", "Q1 2025"); the source is picked
 * or added inline.
 */
@PageController
class EconomicFigureFormController {

    static final String FORM = "figureForm";
    /** Currencies the type-ahead suggests first; any ISO 4217 code is taken. */
    static final List<String> CURRENCIES = List.of("USD", "EUR", "RUB", "KZT", "ILS", "CNY", "AED", "GBP", "TRY", "UZS");

    private final EconomicFigureService figures;
    private final EconomicFigureFormReader reader;
    private final CitingWrites citingWrites;
    private final SourcePicker sources;
    private final StateDirectory states;
    private final VersionConflicts conflicts;
    private final MessageSource messages;

    EconomicFigureFormController(EconomicFigureService figures, EconomicFigureFormReader reader, CitingWrites citingWrites,
            SourcePicker sources, StateDirectory states, VersionConflicts conflicts, MessageSource messages) {
        this.figures = figures;
        this.reader = reader;
        this.citingWrites = citingWrites;
        this.sources = sources;
        this.states = states;
        this.conflicts = conflicts;
        this.messages = messages;
    }

    @GetMapping("/figures/new")
    String newFigure(@RequestParam(required = false) @Nullable String reporter,
            @RequestParam(required = false) @Nullable String partner, Model model) {
        model.addAttribute(FORM, EconomicFigureForm.empty(reporter, partner));
        return form(null, model);
    }

    @PostMapping("/figures")
    String create(@Valid @ModelAttribute(FORM) EconomicFigureForm form, BindingResult result, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Optional<ReadFigure> read = reader.read(form, result, locale);
        Optional<EconomicFigure> created = read.flatMap(figure -> FormRefusals.attempt(result,
                () -> citingWrites.write(figure.sources(), citations -> figures.create(figure.citing(citations.getFirst()))),
                EconomicFigureForm::field, EconomicFigureForm::fieldOfRule));
        if (created.isPresent()) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("figure.form.created", what(created.get(), locale)));
            return "redirect:/figures/" + created.get().getId();
        }
        return refused(null, model, response);
    }

    @GetMapping("/figures/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute(FORM, EconomicFigureForm.from(figures.live(id), locale, sources::label));
        return form(id, model);
    }

    @PostMapping("/figures/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute(FORM) EconomicFigureForm form, BindingResult result, Locale locale,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (form.version() == null) {
            result.reject("recordForm.versionMissing");
        }
        Optional<ReadFigure> read = reader.read(form, result, locale);
        if (read.isPresent() && !result.hasErrors()) {
            try {
                Optional<EconomicFigure> saved = FormRefusals.attempt(result, () -> citingWrites.write(read.get().sources(),
                        citations -> figures.replace(id, ExpectedVersion.of(Objects.requireNonNull(form.version())),
                                read.get().citing(citations.getFirst()))), EconomicFigureForm::field, EconomicFigureForm::fieldOfRule);
                if (saved.isPresent()) {
                    redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("figure.form.saved", what(saved.get(), locale)));
                    return "redirect:/figures/" + id;
                }
            } catch (StaleVersionException | OptimisticLockingFailureException stale) {
                EconomicFigure saved = figures.live(id);
                model.addAttribute("conflict", conflicts.between(read.get().asTyped(locale),
                        EconomicFigureFormReader.asTyped(EconomicFigureCommand.from(saved), locale), saved.getVersion(),
                        figures.history(id)));
                response.setStatus(HttpStatus.CONFLICT.value());
                return form(id, model);
            }
        }
        return refused(id, model, response);
    }

    @GetMapping("/figures/{id}/delete")
    String confirmDeletion(@PathVariable long id, Locale locale, Model model) {
        EconomicFigure figure = figures.live(id);
        model.addAttribute(DeletionForm.ATTRIBUTE, DeletionForm.of(figure.getVersion()));
        return deletionPage(figure, locale, model);
    }

    @PostMapping("/figures/{id}/delete")
    String delete(@PathVariable long id, @Valid @ModelAttribute(DeletionForm.ATTRIBUTE) DeletionForm form, BindingResult result,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        EconomicFigure figure = figures.live(id);
        if (Deletions.made(result, () -> figures.delete(id, ExpectedVersion.of(Objects.requireNonNull(form.version())),
                Objects.requireNonNull(form.reason())), response)) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("deletion.done", what(figure, locale)));
            return "redirect:/figures/" + id;
        }
        return deletionPage(figure, locale, model);
    }

    @PostMapping("/figures/{id}/restore")
    String restore(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        EconomicFigure figure = figures.restore(id);
        redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("restore.done", what(figure, locale)));
        return "redirect:/figures/" + id;
    }

    @PostMapping("/figures/{id}/versions/{version}/restore")
    String restoreVersion(@PathVariable long id, @PathVariable long version, Locale locale, RedirectAttributes redirect) {
        try {
            EconomicFigure figure = figures.revert(id, version);
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("restore.versionDone", what(figure, locale), version));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("refusal", Confirmation.of("rule." + refused.rule()));
        } catch (InvalidRequestException refused) {
            redirect.addFlashAttribute("refusal", Confirmation.of("figure.revert.missingReference"));
        }
        return "redirect:/figures/" + id;
    }

    private String refused(@Nullable Long id, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(id, model);
    }

    private String form(@Nullable Long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("indicators", List.of(Indicator.values()));
        model.addAttribute("qualifiers", List.of(Qualifier.values()));
        model.addAttribute("currencies", CURRENCIES);
        model.addAttribute("states", states.all());
        model.addAttribute("sourceOptions", sources.options());
        return "figure/form";
    }

    private String deletionPage(EconomicFigure figure, Locale locale, Model model) {
        model.addAttribute("what", what(figure, locale));
        model.addAttribute("deleteAction", "/figures/" + figure.getId() + "/delete");
        model.addAttribute("cancel", "/figures/" + figure.getId());
        return "record/delete";
    }

    /** "Trade turnover, KZ – IL, 2025", as headings and confirmations name a figure. */
    private String what(EconomicFigure figure, Locale locale) {
        return messages.getMessage("figure.what", new Object[] {
                messages.getMessage("indicator." + figure.getIndicator().name(), null, locale),
                figure.getReporterCode(), figure.getPartnerCode(),
                UncertainDateFormat.format(figure.getPeriod(), locale)}, locale);
    }
}
