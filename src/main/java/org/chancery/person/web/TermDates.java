package org.chancery.person.web;

import java.time.LocalDate;
import java.util.Locale;

import org.chancery.common.DatePrecision;
import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateInput;
import org.chancery.common.web.FormRefusals;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A term's start or end as staff type dates ("7 May 2024", "07.05.2024", "7 мая 2024 г.").
 * The record keeps a term's bounds to the day, so a month, a season or an "about" is refused
 * rather than recorded as a day nobody gave; an unknown bound is left empty.
 */
final class TermDates {

    private TermDates() {
    }

    /**
     * The day typed in {@code field} ({@code from} or {@code to}), or null when it is empty or
     * refused: then the field is rejected with what is wrong, in the reader's language.
     */
    static @Nullable LocalDate day(@Nullable String typed, String field, BindingResult result, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        UncertainDate date;
        try {
            date = UncertainDateInput.parse(typed, locale);
        } catch (IllegalArgumentException unreadable) {
            result.rejectValue(field, "term.form.date.unreadable", String.valueOf(unreadable.getMessage()));
            return null;
        } catch (RuleViolationException backwards) {
            FormRefusals.reject(result, backwards, field);
            return null;
        }
        if (date.precision() != DatePrecision.DAY || !date.isSinglePeriod() || date.approximate()) {
            result.rejectValue(field, "term.form." + field + ".day");
            return null;
        }
        return date.earliest();
    }

    /** A recorded bound as the form shows it, which {@link #day} reads back. */
    static @Nullable String typed(@Nullable LocalDate day, Locale locale) {
        return day == null ? null : UncertainDateInput.format(UncertainDate.day(day), locale);
    }
}
