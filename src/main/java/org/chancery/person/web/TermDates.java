package org.chancery.person.web;

import java.util.Locale;

import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateInput;
import org.chancery.common.web.FormRefusals;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A term's start or end as staff type dates, as precisely as the source gives it, like an
 * event's date: "7 May 2024", "07.05.2024", "May 2024", "2020", "весна 2019", "about 2020".
 * An unknown bound is left empty.
 */
final class TermDates {

    private TermDates() {
    }

    /**
     * The date typed in {@code field} ({@code from} or {@code to}), or null when it is empty or
     * refused: then the field is rejected with what is wrong, in the reader's language.
     */
    static @Nullable UncertainDate date(@Nullable String typed, String field, BindingResult result, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return UncertainDateInput.parse(typed, locale);
        } catch (IllegalArgumentException unreadable) {
            result.rejectValue(field, "term.form.date.unreadable", String.valueOf(unreadable.getMessage()));
            return null;
        } catch (RuleViolationException backwards) {
            FormRefusals.reject(result, backwards, field);
            return null;
        }
    }

    /** A recorded bound as the form shows it, which {@link #date} reads back. */
    static @Nullable String typed(@Nullable UncertainDate date, Locale locale) {
        return date == null ? null : UncertainDateInput.format(date, locale);
    }
}
