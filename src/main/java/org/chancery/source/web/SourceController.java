package org.chancery.source.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.audit.web.AuditedRecordPages;
import org.chancery.audit.web.VersionConflicts;
import org.chancery.common.DatePrecision;
import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateInput;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.DeletedRecord;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.chancery.source.Source;
import org.chancery.source.SourceQueries;
import org.chancery.source.SourceQueries.SourceDetail;
import org.chancery.source.SourceQueries.SourceRow;
import org.chancery.source.SourceCommand;
import org.chancery.source.SameArticleException;
import org.chancery.source.SourceService;
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
 * {@code /sources}: the list, newest published first; {@code /sources/{id}}: one source, what
 * cites it and its history; the form that adds and edits one; deleting (refused while live
 * records cite it) and restoring, from {@link AuditedRecordPages}.
 */
@PageController
@RequestMapping("/sources")
class SourceController extends AuditedRecordPages<Source, SourceCommand> {

    static final String FORM = "sourceForm";

    private final SourceService sources;
    private final SourceQueries queries;

    SourceController(SourceService sources, SourceQueries queries, VersionConflicts conflicts, MessageSource messages) {
        super(sources, conflicts, messages, "/sources", "source");
        this.sources = sources;
        this.queries = queries;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q, Model model) {
        List<SourceRow> rows = queries.newestFirst(q);
        model.addAttribute("sources", rows.subList(0, Math.min(rows.size(), SourceQueries.LIST_LIMIT)));
        model.addAttribute("more", rows.size() > SourceQueries.LIST_LIMIT);
        model.addAttribute("limit", SourceQueries.LIST_LIMIT);
        model.addAttribute("q", q);
        return "source/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, HttpServletResponse response) {
        SourceDetail source = queries.detail(id);
        if (source.deleted()) {
            return deletedPage(id, new DeletedRecord(source.title(), source.deletedAt(), source.deletionReason()),
                    model, response);
        }
        model.addAttribute("source", source);
        model.addAttribute("citing", queries.citing(id));
        model.addAttribute("history", history(id));
        return "source/detail";
    }

    @GetMapping("/new")
    String newSource(Model model) {
        model.addAttribute(FORM, SourceForm.empty());
        return formPage(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute(FORM) SourceForm form, BindingResult result, Locale locale, Model model,
            RedirectAttributes redirect) {
        LocalDate published = publishedOn(form, result, locale);
        if (!result.hasErrors()) {
            try {
                Source source = sources.create(form.command(published));
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("source.done.created", source.getTitle()));
                return "redirect:" + address(source.savedId());
            } catch (SameArticleException same) {
                rejectSameArticle(form, result, same, model);
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, field(refused));
            }
        }
        return formPage(null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute(FORM, SourceForm.from(sources.live(id), locale));
        return formPage(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute(FORM) SourceForm form, BindingResult result,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        LocalDate published = publishedOn(form, result, locale);
        if (!result.hasErrors()) {
            SourceCommand command = form.command(published);
            try {
                Source source = sources.replace(id, expected(form.version()), command);
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("source.done.saved", source.getTitle()));
                return "redirect:" + address(id);
            } catch (StaleVersionException stale) {
                model.addAttribute(FORM, form.withVersion(showConflict(id, command, model, response)));
            } catch (SameArticleException same) {
                rejectSameArticle(form, result, same, model);
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, field(refused));
            }
        }
        return formPage(id, model);
    }

    /**
     * The article is already in the record: said at the address (or, without one, at the title)
     * with a link to the source that holds it, which is the one to cite.
     */
    private static void rejectSameArticle(SourceForm form, BindingResult result, SameArticleException same, Model model) {
        String field = form.url() == null || form.url().isBlank() ? "title" : "url";
        result.rejectValue(field, "source.form.sameArticle", new Object[] {same.existingId(), same.existingTitle()},
                same.getMessage());
        model.addAttribute("sameArticle", same);
    }

    @Override
    protected String name(Source source, Locale locale) {
        return source.getTitle();
    }


    @Override
    protected String afterDeletion(long id) {
        return "/sources";
    }

    /** The deletion page lists what still cites the source: while anything does, it is not deleted. */
    @Override
    protected void describeDeletion(Source source, Model model) {
        model.addAttribute("citing", queries.citing(source.savedId()));
        model.addAttribute("usedBy", "source/citing");
    }

    private static String formPage(@Nullable Long id, Model model) {
        model.addAttribute("id", id);
        return "source/form";
    }

    /**
     * The day typed, read in either language; a source is published on a day, so a month or
     * a season is refused, as is what does not read as a date (with the reader's message).
     */
    private static @Nullable LocalDate publishedOn(SourceForm form, BindingResult result, Locale locale) {
        String typed = form.publishedOn();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            UncertainDate date = UncertainDateInput.parse(typed, locale);
            if (date.precision() == DatePrecision.DAY && !date.approximate() && date.earliest().equals(date.latest())) {
                return date.earliest();
            }
            result.rejectValue("publishedOn", "source.form.publishedOn.day");
        } catch (RuleViolationException refused) {
            FormRefusals.reject(result, refused, "publishedOn");
        } catch (IllegalArgumentException unreadable) {
            result.rejectValue("publishedOn", "source.form.publishedOn.unreadable", unreadable.getMessage());
        }
        return null;
    }

    private static @Nullable String field(RuleViolationException refused) {
        return switch (refused.rule()) {
            case "source-needs-title" -> "title";
            case "source-url-http" -> "url";
            default -> null;
        };
    }
}
