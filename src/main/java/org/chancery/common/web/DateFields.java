package org.chancery.common.web;

import java.util.Locale;

import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateInput;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A form's date field holds the text as it was typed ("summer 2026", "I квартал 2025"); the
 * services take EDTF. These read one into the other, putting what cannot be read on the
 * field in the reader's language, and write a recorded date back for an edit form.
 */
public final class DateFields {

    private DateFields() {
    }

    /**
     * The typed date as EDTF; null where nothing was typed, or where it cannot be read (then
     * the field carries the problem, and the form is shown again).
     */
    public static @Nullable String edtf(@Nullable String typed, String field, BindingResult result, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return UncertainDateInput.parse(typed, locale).toEdtf();
        } catch (IllegalArgumentException unreadable) {
            // The message is already in the reader's language and says what would be read.
            result.rejectValue(field, "date.unreadable", unreadable.getMessage());
        } catch (RuleViolationException refused) {
            FormRefusals.reject(result, refused, field);
        }
        return null;
    }

    /** A recorded date as an edit form shows it, which {@link #edtf} reads back to the same date. */
    public static @Nullable String typed(@Nullable UncertainDate date, Locale locale) {
        return date == null ? null : UncertainDateInput.format(date, locale);
    }
}
