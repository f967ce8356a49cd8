package org.chancery.economy.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.chancery.common.Text;
import org.chancery.common.web.DateFields;
import org.chancery.economy.EconomicFigureCommand;
import org.chancery.economy.EconomicFigureCommand.Change;
import org.chancery.economy.Indicator;
import org.chancery.economy.Money;
import org.chancery.economy.Qualifier;
import org.chancery.source.Citation;
import org.chancery.source.web.CitedPassage;
import org.chancery.source.web.SourcePicker;
import org.chancery.state.StateQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Turns the figure form, as typed, into what the service takes: the states by code, the
 * period as EDTF, the amount and the change as plain decimals, the currency as its ISO code,
 * the source picked or to be added. Each problem goes on its field, in the reader's language.
 */
@Component
class EconomicFigureFormReader {

    private final StateQueries states;
    private final SourcePicker sources;

    EconomicFigureFormReader(StateQueries states, SourcePicker sources) {
        this.states = states;
        this.sources = sources;
    }

    /** The figure read from the form, all but its source's id, which a new source gets only when written. */
    record ReadFigure(String reporter, String partner, Indicator indicator, String period, String amount, String currency,
            Qualifier qualifier, @Nullable Change change, @Nullable Text basis, List<CitedPassage> sources) {

        EconomicFigureCommand citing(Citation citation) {
            return new EconomicFigureCommand(reporter, partner, indicator, period, amount, currency, qualifier, change, basis,
                    citation.sourceId(), citation.quotedPassage());
        }

        /** The figure as written, for the conflict panel to compare with the saved one (a source to add has no id yet). */
        EconomicFigureCommand asWritten() {
            CitedPassage source = sources.getFirst();
            return new EconomicFigureCommand(reporter, partner, indicator, period, amount, currency, qualifier, change, basis,
                    source.sourceId(), source.passage());
        }
    }

    /** @return the figure, or empty when anything is wrong (then {@code result} says what, field by field) */
    Optional<ReadFigure> read(EconomicFigureForm form, BindingResult result, Locale locale) {
        String reporter = state(form.reporter(), "reporter", result);
        String partner = state(form.partner(), "partner", result);
        String period = result.hasFieldErrors("period") ? null : DateFields.edtf(form.period(), "period", result, locale);
        String amount = number(form.amount(), "amount", "figure.form.amount.unreadable", result);
        String currency = currency(form.currency(), result);
        Change change = null;
        if (form.changePercent() != null && !form.changePercent().isBlank()) {
            String percent = number(form.changePercent(), "changePercent", "figure.form.change.unreadable", result);
            change = percent == null ? null
                    : new Change(percent, Objects.requireNonNullElse(form.changeQualifier(), Qualifier.EXACT));
        }
        Text basis = new Text(orNull(form.basisEn()), orNull(form.basisRu()));
        List<CitedPassage> cited = sources.read(form.sourceRows(), "sources", true, result);
        if (result.hasErrors() || reporter == null || partner == null || period == null || amount == null || currency == null) {
            return Optional.empty();
        }
        return Optional.of(new ReadFigure(reporter, partner, Objects.requireNonNull(form.indicator()), period, amount, currency,
                Objects.requireNonNull(form.qualifier()), change, basis.isEmpty() ? null : basis, cited));
    }

    private @Nullable String state(@Nullable String typed, String field, BindingResult result) {
        if (typed == null || result.hasFieldErrors(field)) {
            return null;
        }
        Optional<StateQueries.StateName> state = states.byCode(states.codeFor(typed));
        if (state.isEmpty()) {
            result.rejectValue(field, "figure.form.state.unknown", new Object[] {typed.strip()}, "No state has this name or code");
            return null;
        }
        return state.get().code();
    }

    private static @Nullable String number(@Nullable String typed, String field, String unreadable, BindingResult result) {
        if (typed == null || result.hasFieldErrors(field)) {
            return null;
        }
        Optional<BigDecimal> number = TypedNumbers.read(typed);
        if (number.isEmpty()) {
            result.rejectValue(field, unreadable, new Object[] {typed.strip()}, "Write a number such as 162000000 or 12.5");
            return null;
        }
        return Money.plain(number.get());
    }

    private static @Nullable String currency(@Nullable String typed, BindingResult result) {
        if (typed == null || result.hasFieldErrors("currency")) {
            return null;
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            result.rejectValue("currency", "figure.form.currency.unknown", new Object[] {typed.strip()},
                    "Not an ISO 4217 currency code, such as USD");
            return null;
        }
    }

    private static @Nullable String orNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
