package org.chancery.audit.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.audit.AuditedRecordService;
import org.chancery.audit.AuditedWrites;
import org.chancery.common.ExpectedVersion;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.RuleViolationException;
import org.chancery.common.SoftDeletableEntity;
import org.chancery.common.StaleVersionException;
import org.chancery.common.web.Confirmation;
import org.chancery.common.web.DeletedRecord;
import org.chancery.common.web.DeletionForm;
import org.chancery.common.web.StaleForms;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages every audited record has beside its own page and form, the same for each kind:
 * {@code GET|POST <base>/{id}/delete} (with a reason, against the version looked at),
 * {@code POST <base>/{id}/restore} and {@code POST <base>/{id}/versions/{version}/restore}
 * (admins, by the security configuration), each redirecting with a confirmation; and for the
 * kind's own pages, the deleted record's page (410) and the conflict panel of a stale edit
 * (409). A kind's page controller extends this under {@code @RequestMapping(base)} and says
 * what one record is called: its name, which the message {@code <kind>.what} puts in a
 * sentence ("the source “{0}”").
 *
 * @param <E> the entity
 * @param <C> its write form
 */
public abstract class AuditedRecordPages<E extends SoftDeletableEntity, C> {

    private final AuditedWrites<E, C> writes;
    private final VersionConflicts conflicts;
    private final MessageSource messages;
    private final String base;
    private final String kind;

    /**
     * @param base the records' address, such as {@code /sources}
     * @param kind the records' kind in message keys, such as {@code source}
     */
    protected AuditedRecordPages(AuditedWrites<E, C> writes, VersionConflicts conflicts, MessageSource messages,
            String base, String kind) {
        this.writes = writes;
        this.conflicts = conflicts;
        this.messages = messages;
        this.base = base;
        this.kind = kind;
    }

    /** The record's name or title in the reader's language. */
    protected abstract String name(E record, Locale locale);

    /** Where a deletion lands: the list, or the deleted record's own page. */
    protected String afterDeletion(long id) {
        return address(id);
    }

    /** Adds what the deletion page shows besides the form, such as what still refers to the record. */
    protected void describeDeletion(E record, Model model) {
    }

    protected final String address(long id) {
        return base + "/" + id;
    }

    /** The record as a sentence names it, in the reader's language: "the source “…”". */
    protected final String what(E record, Locale locale) {
        return messages.getMessage(kind + ".what", new Object[] {name(record, locale)}, locale);
    }

    @GetMapping("/{id}/delete")
    String deletion(@PathVariable long id, Model model, Locale locale) {
        E record = writes.live(id);
        model.addAttribute(DeletionForm.ATTRIBUTE, DeletionForm.of(record.getVersion()));
        return deletionPage(record, model, locale);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @Valid @ModelAttribute(DeletionForm.ATTRIBUTE) DeletionForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        E record = writes.live(id);
        if (!result.hasErrors() && form.version() != null && form.reason() != null) {
            try {
                writes.delete(id, ExpectedVersion.of(form.version()), form.reason());
                redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("deletion.done", what(record, locale)));
                return "redirect:" + afterDeletion(id);
            } catch (StaleVersionException stale) {
                // The page again, now carrying the version saved: deleting it is one more, knowing, click.
                response.setStatus(HttpStatus.CONFLICT.value());
                StaleForms.showAgain(model, DeletionForm.ATTRIBUTE, new DeletionForm(stale.currentVersion(), form.reason()))
                        .reject("deletion.stale", "The record changed since this page was opened.");
            } catch (RuleViolationException refused) {
                result.reject("rule." + refused.rule(), refused.getMessage());
            }
        }
        if (response.getStatus() != HttpStatus.CONFLICT.value()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return deletionPage(record, model, locale);
    }

    @PostMapping("/{id}/restore")
    String restore(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            E record = writes.restore(id);
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("restore.done", what(record, locale)));
        } catch (RuleViolationException notDeleted) {
            // Restored already, by a second click or another admin: say so rather than fail.
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("rule." + notDeleted.rule()));
        }
        return "redirect:" + address(id);
    }

    @PostMapping("/{id}/versions/{version}/restore")
    String revert(@PathVariable long id, @PathVariable long version, Locale locale, RedirectAttributes redirect) {
        try {
            E record = writes.revert(id, version);
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE,
                    Confirmation.of("restore.versionDone", what(record, locale), version));
        } catch (RuleViolationException refused) {
            // That version breaks a rule that holds now: nothing changed, and the page says why.
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("restore.versionRefused", version,
                    messages.getMessage("rule." + refused.rule(), null, refused.getMessage(), locale)));
        } catch (InvalidRequestException refused) {
            // It names a record (a source, a state) that is no longer there.
            redirect.addFlashAttribute(Confirmation.ATTRIBUTE, Confirmation.of("restore.versionRefused", version,
                    messages.getMessage("restore.versionGoneReference", null, locale)));
        }
        return "redirect:" + address(id);
    }

    /** The record's history for its page, newest first. */
    protected final List<RecordHistory> history(long id) {
        return RecordHistory.of(writes.history(id));
    }

    /**
     * The page of a deleted record, answered 410: what it was, when and why it was deleted,
     * its history, and for admins the button that restores it.
     */
    protected final String deletedPage(long id, DeletedRecord deleted, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute(DeletedRecord.ATTRIBUTE, deleted);
        model.addAttribute("base", address(id));
        model.addAttribute("history", history(id));
        return DeletedRecord.VIEW;
    }

    /**
     * Someone saved the record after the form was opened: puts both versions side by side on
     * the form (answered 409) and returns the version now saved, which the form is to carry
     * so that saving it again replaces that version knowingly.
     */
    protected final long showConflict(long id, C mine, Model model, HttpServletResponse response) {
        AuditedRecordService.Current<C> saved = writes.current(id);
        model.addAttribute("conflict", conflicts.between(mine, saved.form(), saved.version(), writes.history(id)));
        response.setStatus(HttpStatus.CONFLICT.value());
        return saved.version();
    }

    /**
     * The version an edit was made against; a form that lost its version (a hand-made post)
     * is never taken as "whatever is there": it is answered as a conflict.
     */
    protected static ExpectedVersion expected(@Nullable Long version) {
        return StaleForms.expected(version);
    }

    private String deletionPage(E record, Model model, Locale locale) {
        long id = record.savedId();
        model.addAttribute("what", what(record, locale));
        model.addAttribute("deleteAction", address(id) + "/delete");
        model.addAttribute("cancel", address(id));
        describeDeletion(record, model);
        return "record/delete";
    }
}
