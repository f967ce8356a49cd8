package org.chancery.economy.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongFunction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.common.web.DateFields;
import org.chancery.economy.EconomicFigure;
import org.chancery.economy.Indicator;
import org.chancery.economy.Money;
import org.chancery.economy.Qualifier;
import org.chancery.source.web.CitationInput;
import org.jspecify.annotations.Nullable;

/**
 * An economic figure as the form holds it, everything as typed: the reporting and the partner
 * state (a code or a name, from the type-ahead list), the indicator, the period ("2025",
 * "Q1 2025", "January–September 2025"), the amount ("1 234,5", "1,234.5", "162 million") with
 * its currency and how the source qualifies it, the change against the previous period, the
 * basis of the number, the source (picked, or added inline) with its passage; an edit carries
 * the version it was opened at.
 */
record EconomicFigureForm(
        @NotBlank(message = "{figure.form.reporter.required}")
        @Size(max = 200, message = "{figure.form.tooLong}")
        @Nullable String reporter,
        @NotBlank(message = "{figure.form.partner.required}")
        @Size(max = 200, message = "{figure.form.tooLong}")
        @Nullable String partner,
        @NotNull(message = "{figure.form.indicator.required}")
        @Nullable Indicator indicator,
        @NotBlank(message = "{figure.form.period.required}")
        @Size(max = 60, message = "{typedDate.size}")
        @Nullable String period,
        @NotBlank(message = "{figure.form.amount.required}")
        @Size(max = 60, message = "{figure.form.tooLong}")
        @Nullable String amount,
        @NotBlank(message = "{figure.form.currency.required}")
        @Size(max = 10, message = "{figure.form.currency.format}")
        @Nullable String currency,
        @NotNull(message = "{figure.form.qualifier.required}")
        @Nullable Qualifier qualifier,
        @Size(max = 30, message = "{figure.form.tooLong}")
        @Nullable String changePercent,
        @Nullable Qualifier changeQualifier,
        @Size(max = 2000, message = "{figure.form.tooLong}")
        @Nullable String basisEn,
        @Size(max = 2000, message = "{figure.form.tooLong}")
        @Nullable String basisRu,
        @Nullable List<CitationInput> sources,
        @Nullable Long version) {

    /** The source's row is there, filled in or not, so that a problem with it has a field to stand beside. */
    EconomicFigureForm {
        sources = sources == null || sources.isEmpty() ? List.of(CitationInput.empty()) : List.of(sources.getFirst());
    }

    /** A new figure; the states may come from the page it was asked for on (the pair's dashboard). */
    static EconomicFigureForm empty(@Nullable String reporter, @Nullable String partner) {
        return new EconomicFigureForm(reporter, partner, null, null, null, "USD", Qualifier.EXACT, null, Qualifier.EXACT,
                null, null, null, null);
    }

    /** @param sourceLabel the type-ahead label of a source, by id */
    static EconomicFigureForm from(EconomicFigure figure, Locale locale, LongFunction<String> sourceLabel) {
        return new EconomicFigureForm(figure.getReporterCode(), figure.getPartnerCode(), figure.getIndicator(),
                DateFields.typed(figure.getPeriod(), locale), figure.getMoney().plainAmount(), figure.getMoney().currency(),
                figure.getQualifier(), figure.getChangePercent() == null ? null : Money.plain(figure.getChangePercent()),
                figure.getChangeQualifier() == null ? Qualifier.EXACT : figure.getChangeQualifier(),
                figure.getBasisEn(), figure.getBasisRu(),
                List.of(CitationInput.picked(sourceLabel.apply(figure.getCitation().sourceId()), figure.getCitation().quotedPassage())),
                figure.getVersion());
    }

    /** The same form, carrying another version: the one saved meanwhile, which saving again replaces knowingly. */
    EconomicFigureForm withVersion(long saved) {
        return new EconomicFigureForm(reporter, partner, indicator, period, amount, currency, qualifier, changePercent,
                changeQualifier, basisEn, basisRu, sources, saved);
    }

    List<CitationInput> sourceRows() {
        return Objects.requireNonNull(sources);
    }

    /** The form field a path of the command names. */
    static @Nullable String field(String commandPath) {
        return switch (commandPath) {
            case "reporter", "partner", "indicator", "period", "amount", "currency", "qualifier" -> commandPath;
            case "change.percent" -> "changePercent";
            case "change.qualifier" -> "changeQualifier";
            case "basis.en" -> "basisEn";
            case "basis.ru" -> "basisRu";
            case "sourceId" -> "sources[0].source";
            case "quotedPassage" -> "sources[0].passage";
            default -> null;
        };
    }

    /** The form field a rule of the figure concerns. */
    static @Nullable String fieldOfRule(String rule) {
        return switch (rule) {
            case "figure-two-states" -> "partner";
            case "figure-period", "date-end-before-start" -> "period";
            case "amount-not-negative", "amount-scale", "amount-size" -> "amount";
            case "currency-iso-4217" -> "currency";
            case "change-scale", "change-size" -> "changePercent";
            case "figure-needs-source" -> "sources[0].source";
            case "citation-needs-passage" -> "sources[0].passage";
            default -> null;
        };
    }
}
