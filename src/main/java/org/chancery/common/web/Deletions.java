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
 */
public final class Deletions {

    private Deletions() {
    }

    /** @return whether the deletion was made; if not, {@code result} says why */
    public static boolean made(Runnable deletion, BindingResult result, HttpServletResponse response) {
        try {
            deletion.run();
            return true;
        } catch (StaleVersionException | OptimisticLockingFailureException stale) {
            result.reject("recordForm.changedMeanwhile");
            response.setStatus(HttpStatus.CONFLICT.value());
        } catch (RuleViolationException refused) {
            FormRefusals.reject(result, refused, null);
        }
        return false;
    }
}
