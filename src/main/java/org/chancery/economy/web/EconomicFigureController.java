package org.chancery.economy.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.audit.ChangeLog;
import org.chancery.audit.web.AuditedRecordPages;
import org.chancery.audit.web.RecordHistory;
import org.chancery.audit.web.VersionConflicts;
import org.chancery.common.RecordGoneException;
import org.chancery.common.NotFoundException;
import org.chancery.common.StaleVersionException;
import org.chancery.common.UncertainDateFormat;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.StaleForms;
import org.chancery.common.web.DeletedRecord;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.chancery.common.web.UnboundForms;
import org.chancery.economy.EconomicFigure;
import org.chancery.economy.EconomicFigureQueries;
import org.chancery.economy.EconomicFigureCommand;
import org.chancery.economy.EconomicFigureEntry;
import org.chancery.economy.EconomicFigureService;
import org.chancery.economy.Indicator;
import org.chancery.economy.Qualifier;
import org.chancery.economy.web.EconomicFigureFormReader.ReadFigure;
import org.chancery.source.web.CitingWrites;
import org.chancery.source.web.SourcePicker;
import org.chancery.state.StateQueries;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /figures/{id}}: one economic figure, who reported it, for which period, the source and
 * its words, and its history; for editors the form that records and corrects a figure
 * ({@code /figures/new}, {@code /figures/{id}/edit}), numbers and periods taken as typed
 * ("1 234,5", "Q1 2025") and the source picked or added inline; deleting and restoring, from
 * {@link AuditedRecordPages}.
 */
@PageController
@RequestMapping("/figures")
class EconomicFigureController extends AuditedRecordPages<EconomicFigure, EconomicFigureCommand> {

    static final String FORM = "figureForm";
    /** Currencies the type-ahead suggests first; any ISO 4217 code is taken. */
    static final List<String> CURRENCIES = List.of("USD", "EUR", "RUB", "KZT", "ILS", "CNY", "AED", "GBP", "TRY", "UZS");

    private final EconomicFigureService figures;
    private final EconomicFigureQueries queries;
    private final EconomicFigureFormReader reader;
    private final CitingWrites citingWrites;
    private final SourcePicker sources;
    private final StateQueries states;
    private final MessageSource messages;
    private final ChangeLog changeLog;

    EconomicFigureController(EconomicFigureService figures, EconomicFigureQueries queries, EconomicFigureFormReader reader,
            CitingWrites citingWrites, SourcePicker sources, StateQueries states, VersionConflicts conflicts,
            MessageSource messages, ChangeLog changeLog) {
        super(figures, conflicts, messages, "/figures", "figure");
        this.figures = figures;
        this.queries = queries;
        this.reader = reader;
        this.citingWrites = citingWrites;
        this.sources = sources;
        this.states = states;
        this.messages = messages;
        this.changeLog = changeLog;
    }

    @GetMapping("/{id}")
    String figure(@PathVariable long id, Model model, HttpServletResponse response) {
        Optional<EconomicFigureEntry> figure = queries.entry(id);
        if (figure.isEmpty()) {
            try {
                // Not live: the service tells a deleted figure (gone) from one that never was (not found).
                figures.live(id);
            } catch (RecordGoneException gone) {
                return deletedPage(id, DeletedRecord.of(gone), model, response);
            }
            throw NotFoundException.forId("economic figure", id);
        }
        model.addAttribute("figure", figure.get());
        // One statement: the figure was just read, so its history is read straight from the log.
        model.addAttribute("history", RecordHistory.of(changeLog.historyOf(EconomicFigureService.RESOURCE, id)));
        model.addAttribute("base", address(id));
        return "figure/detail";
    }

    @GetMapping("/new")
    String newFigure(@RequestParam(required = false) @Nullable String reporter,
            @RequestParam(required = false) @Nullable String partner, Model model) {
        model.addAttribute(FORM, EconomicFigureForm.empty(reporter, partner));
        return form(null, model);
    }

    /** A new figure filled in from a draft of an article ({@code /events/draft}); nothing is saved. */
    @PostMapping(value = "/new", params = "draft")
    String newFromDraft(@ModelAttribute(FORM) @Nullable EconomicFigureForm form, BindingResult ignoredUnreadableFields,
            Model model) {
        StaleForms.showAgain(model, FORM, form == null ? EconomicFigureForm.empty(null, null) : form);
        return form(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute(FORM) EconomicFigureForm form, BindingResult bound, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        BindingResult result = UnboundForms.withForm(form, FORM, bound, model);
        Optional<EconomicFigure> created = reader.read(form, result, locale).flatMap(figure -> FormRefusals.attempt(result,
                () -> citingWrites.write(figure.sources(), citations -> figures.create(figure.citing(citations.getFirst()))),
                EconomicFigureForm::field, EconomicFigureForm::fieldOfRule));
        if (created.isPresent()) {
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("figure.form.created", name(created.get(), locale)));
            return "redirect:" + address(created.get().savedId());
        }
        return refused(null, model, response);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute(FORM, EconomicFigureForm.from(figures.live(id), locale, sources::label));
        return form(id, model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute(FORM) EconomicFigureForm form, BindingResult bound, Locale locale,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        BindingResult result = UnboundForms.withForm(form, FORM, bound, model);
        Optional<ReadFigure> read = reader.read(form, result, locale);
        if (read.isPresent()) {
            ReadFigure figure = read.get();
            try {
                Optional<EconomicFigure> saved = FormRefusals.attempt(result, () -> citingWrites.write(figure.sources(),
                        citations -> figures.replace(id, expected(form.version()), figure.citing(citations.getFirst()))),
                        EconomicFigureForm::field, EconomicFigureForm::fieldOfRule);
                if (saved.isPresent()) {
                    redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("figure.form.saved", name(saved.get(), locale)));
                    return "redirect:" + address(id);
                }
            } catch (StaleVersionException stale) {
                model.addAttribute(FORM, form.withVersion(showConflict(id, figure.asWritten(), model, response)));
                return form(id, model);
            }
        }
        return refused(id, model, response);
    }

    /** "Trade turnover, KZ – IL, Q1 2025", as headings and confirmations name a figure. */
    @Override
    protected String name(EconomicFigure figure, Locale locale) {
        return messages.getMessage("figure.name", new Object[] {
                messages.getMessage("indicator." + figure.getIndicator().name(), null, locale),
                figure.getReporterCode(), figure.getPartnerCode(), UncertainDateFormat.format(figure.getPeriod(), locale)}, locale);
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
        return "figure/form";
    }
}
