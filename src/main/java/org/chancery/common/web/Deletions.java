package org.chancery.common.web;

import jakarta.servlet.http.HttpServletResponse;

import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * Carries out what a delete page ({@code record/delete}) asked for. What the service refuses
 * ("events still concern it") goes on the form as a whole; a record changed since the page
 * was opened is not deleted unseen: the page says so, answered 409, and the reader looks again.
 * Call it with the form's {@link BindingResult}; it redirects nowhere, the caller does.
 */
public final class Deletions {

    private Deletions() {
    }

    /**
     * Deletes unless the form (its reason) already has a problem.
     *
     * @return whether the deletion was made; if not, {@code result} says why and the page
     *         answers 422, or 409 when the record changed meanwhile
     */
    public static boolean made(BindingResult result, Runnable deletion, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                deletion.run();
                return true;
            } catch (StaleVersionException | OptimisticLockingFailureException stale) {
                result.reject("recordForm.changedMeanwhile");
                response.setStatus(HttpStatus.CONFLICT.value());
                return false;
            } catch (RuleViolationException refused) {
                FormRefusals.reject(result, refused, null);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return false;
    }
}
