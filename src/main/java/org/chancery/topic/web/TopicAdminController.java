package org.chancery.topic.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.common.Language;
import org.chancery.audit.ChangeAction;
import org.chancery.audit.ChangeLog.ChangeEntry;
import org.chancery.audit.web.RecordHistory;
import org.chancery.audit.web.VersionConflicts;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.RecordExistsException;
import org.chancery.common.NotFoundException;
import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.DeletedRecord;
import org.chancery.common.web.DeletionForm;
import org.chancery.common.web.FormRefusals;
import org.chancery.common.web.PageController;
import org.chancery.topic.Topic;
import org.chancery.topic.TopicCommand;
import org.chancery.topic.TopicService;
import org.chancery.topic.TopicQueries;
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
 * {@code /admin/topics}: the vocabulary events are tagged with, for admins (the security
 * configuration lets only them in). A topic is added under a code that never changes,
 * renamed against the version read, and deleted for good with a reason, which the service
 * refuses while any event, even a deleted one, is tagged with it; its history stays, on its
 * page, and an earlier version's names can be put back.
 */
@PageController
@RequestMapping("/admin/topics")
class TopicAdminController {

    static final String FORM = "topicForm";
    private static final String LIST = "/admin/topics";

    private final TopicService topics;
    private final TopicQueries vocabulary;
    private final VersionConflicts conflicts;
    private final MessageSource messages;

    TopicAdminController(TopicService topics, TopicQueries vocabulary, VersionConflicts conflicts,
            MessageSource messages) {
        this.topics = topics;
        this.vocabulary = vocabulary;
        this.conflicts = conflicts;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("topics", vocabulary.withUse());
        return "admin/topics/list";
    }

    /** The topic, or once deleted (410) when and why, with its history either way. */
    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model, HttpServletResponse response) {
        String key = key(code);
        List<ChangeEntry> history = topics.history(key);
        model.addAttribute("code", key);
        model.addAttribute("history", RecordHistory.of(history));
        try {
            model.addAttribute("topic", topics.live(key));
            model.addAttribute("events", vocabulary.eventsTagged(key));
        } catch (NotFoundException deleted) {
            ChangeEntry last = history.getLast();
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("topic", null);
            model.addAttribute(DeletedRecord.ATTRIBUTE, last.action() == ChangeAction.DELETED
                    ? new DeletedRecord(key, last.changedAt(), last.reason()) : new DeletedRecord(key, null, null));
        }
        return "admin/topics/detail";
    }

    @GetMapping("/new")
    String newTopic(Model model) {
        model.addAttribute(FORM, TopicForm.empty());
        return formPage(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute(FORM) TopicForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String code = form.typedCode();
        if (code == null && !result.hasFieldErrors("code")) {
            result.rejectValue("code", "topic.form.code.required");
        }
        if (!result.hasErrors()) {
            try {
                Topic topic = topics.create(form.command(code));
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("topic.done.created", topic.getCode()));
                return "redirect:" + address(topic.getCode());
            } catch (RecordExistsException taken) {
                result.rejectValue("code", "topic.form.code.taken");
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, field(refused));
            }
        }
        return formPage(null, model);
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute(FORM, TopicForm.from(topics.live(key(code))));
        return formPage(key(code), model);
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @Valid @ModelAttribute(FORM) TopicForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String key = key(code);
        if (!result.hasErrors()) {
            TopicCommand command = form.command(key);
            try {
                topics.rename(key, ExpectedVersion.of(form.version() == null ? -1 : form.version()), command);
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("topic.done.saved", key));
                return "redirect:" + address(key);
            } catch (StaleVersionException stale) {
                Topic saved = topics.live(key);
                model.addAttribute("conflict", conflicts.between(command, TopicCommand.from(saved), saved.getVersion(),
                        topics.history(key)));
                model.addAttribute(FORM, form.withVersion(saved.getVersion()));
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, field(refused));
            }
        }
        return formPage(key, model);
    }

    @GetMapping("/{code}/delete")
    String deletion(@PathVariable String code, Locale locale, Model model) {
        Topic topic = topics.live(key(code));
        model.addAttribute(DeletionForm.ATTRIBUTE, DeletionForm.of(topic.getVersion()));
        return deletionPage(topic, locale, model);
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, @Valid @ModelAttribute(DeletionForm.ATTRIBUTE) DeletionForm form,
            BindingResult result, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Topic topic = topics.live(key(code));
        if (!result.hasErrors() && form.version() != null && form.reason() != null) {
            try {
                topics.delete(topic.getCode(), ExpectedVersion.of(form.version()), form.reason());
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("topic.done.deleted", topic.getCode()));
                return "redirect:" + LIST;
            } catch (StaleVersionException stale) {
                response.setStatus(HttpStatus.CONFLICT.value());
                result.reject("deletion.stale", "The record changed since this page was opened.");
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, null);
            }
        }
        return deletionPage(topic, locale, model);
    }

    @PostMapping("/{code}/versions/{version}/restore")
    String revert(@PathVariable String code, @PathVariable long version, RedirectAttributes redirect) {
        Topic topic = topics.revert(key(code), version);
        redirect.addFlashAttribute(Confirmation.ATTRIBUTE,
                Confirmation.of("topic.done.reverted", topic.getCode(), version));
        return "redirect:" + address(topic.getCode());
    }

    private String deletionPage(Topic topic, Locale locale, Model model) {
        String name = Language.pick(locale, topic.getNameEn(), topic.getNameRu());
        model.addAttribute("what", messages.getMessage("topic.what", new Object[] {name}, locale));
        model.addAttribute("explain", messages.getMessage("topic.delete.explain", null, locale));
        model.addAttribute("events", vocabulary.eventsTagged(topic.getCode()));
        model.addAttribute("usedBy", "admin/topics/in-use");
        model.addAttribute("deleteAction", address(topic.getCode()) + "/delete");
        model.addAttribute("cancel", address(topic.getCode()));
        return "record/delete";
    }

    private static String formPage(@Nullable String code, Model model) {
        model.addAttribute("code", code);
        return "admin/topics/form";
    }

    private static String address(String code) {
        return LIST + "/" + code;
    }

    /** Codes are lower case; {@code /admin/topics/Water} is {@code water}. */
    private static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String field(RuleViolationException refused) {
        return switch (refused.rule()) {
            case "topic-code" -> "code";
            case "topic-names" -> "nameEn";
            default -> null;
        };
    }
}
