package org.chancery.draft.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.common.DatePrecision;
import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateInput;
import org.chancery.common.web.PageController;
import org.chancery.draft.Article;
import org.chancery.draft.ArticleDrafter;
import org.chancery.draft.ArticleDrafts;
import org.chancery.state.StateQueries;
import org.chancery.topic.TopicQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /events/draft}: staff paste an article and see the events, figures and agreement
 * steps it reports as drafts, each with a link that opens the record's form filled in. The
 * page saves nothing; a post only reads the article.
 */
@PageController
@RequestMapping("/events/draft")
class DraftController {

    static final String FORM = "articleForm";

    private final ArticleDrafter drafter;
    private final StateQueries states;
    private final TopicQueries topics;
    private final MessageSource messages;

    DraftController(ArticleDrafter drafter, StateQueries states, TopicQueries topics, MessageSource messages) {
        this.drafter = drafter;
        this.states = states;
        this.topics = topics;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute(FORM, ArticleForm.empty());
        return "draft/form";
    }

    @PostMapping
    String draft(@Valid @ModelAttribute(FORM) ArticleForm form, BindingResult result, Model model, Locale locale,
            HttpServletResponse response) {
        LocalDate published = published(form.publishedOn(), result, locale);
        if (result.hasErrors() || published == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "draft/form";
        }
        Article article = new Article(Objects.requireNonNull(form.text()), blankIfNull(form.outlet()), blankIfNull(form.url()),
                published, form.language() == null ? "ru" : form.language(), blankIfNull(form.title()));
        ArticleDrafts drafts = drafter.draft(article);
        model.addAttribute("drafts", DraftView.of(drafts, states, topics, messages, locale));
        return "draft/form";
    }

    /** The publication day as typed; anything but one day goes on the field. */
    private static @Nullable LocalDate published(@Nullable String typed, BindingResult result, Locale locale) {
        if (typed == null || typed.isBlank() || result.hasFieldErrors("publishedOn")) {
            return null;
        }
        try {
            UncertainDate date = UncertainDateInput.parse(typed, locale);
            if (date.precision() == DatePrecision.DAY && date.isSinglePeriod()) {
                return date.earliest();
            }
        } catch (IllegalArgumentException | RuleViolationException unreadable) {
            // reported below, as any date that is not one day
        }
        result.rejectValue("publishedOn", "draft.form.publishedOn.day");
        return null;
    }

    private static String blankIfNull(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
