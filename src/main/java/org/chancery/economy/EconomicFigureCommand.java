package org.chancery.economy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chancery.common.NumberAsText;
import org.chancery.common.Text;
import org.jspecify.annotations.Nullable;

/**
 * An economic figure as staff and scripts write it: the two states by code, the period as
 * recorded (EDTF: {@code 2025}, {@code 2025-33}, {@code 2006/2025~}), the amount as a decimal
 * (a JSON string or number, read exactly, never as a float), the source by id with the
 * passage that gives the number. The same form serves create, replace and, with a merge patch
 * applied to {@link #from(EconomicFigure)}, patch; it is also what the history keeps.
 */
public record EconomicFigureCommand(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166-1 alpha-2 code") String reporter,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166-1 alpha-2 code") String partner,
        @NotNull Indicator indicator,
        @NotBlank @Size(max = 40) @NumberAsText String period,
        @NotBlank @Size(max = 40) @NumberAsText String amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 currency code, such as USD") String currency,
        @NotNull Qualifier qualifier,
        @Nullable @Valid Change change,
        @Nullable @Valid Text basis,
        @NotNull(message = "name the source: every figure carries its source") Long sourceId,
        @NotBlank @Size(max = 10_000) String quotedPassage) {

    /** The change against the previous period in percent (negative for a fall), as the source qualifies it. */
    public record Change(@NotBlank @Size(max = 20) @NumberAsText String percent, @NotNull Qualifier qualifier) {
    }

    /** The figure as it stands, in this form; decimals are written plain, without trailing zeros. */
    public static EconomicFigureCommand from(EconomicFigure figure) {
        return new EconomicFigureCommand(figure.getReporterCode(), figure.getPartnerCode(), figure.getIndicator(),
                figure.getPeriod().toEdtf(), figure.getMoney().plainAmount(), figure.getMoney().currency(),
                figure.getQualifier(),
                figure.getChangePercent() == null || figure.getChangeQualifier() == null ? null
                        : new Change(Money.plain(figure.getChangePercent()), figure.getChangeQualifier()),
                figure.getBasisEn() == null && figure.getBasisRu() == null ? null
                        : new Text(figure.getBasisEn(), figure.getBasisRu()),
                figure.getCitation().sourceId(), figure.getCitation().quotedPassage());
    }
}
