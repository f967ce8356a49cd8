package org.chancery.economy.api;

import java.time.Instant;
import org.chancery.common.api.VersionedResponse;

import org.chancery.common.Text;
import org.chancery.common.api.DateResponse;
import org.chancery.common.api.StateResponse;
import org.chancery.economy.EconomicFigureEntry;
import org.chancery.economy.Money;
import org.chancery.source.api.CitationResponse;
import org.jspecify.annotations.Nullable;

/**
 * An economic figure as the API serves it. Amounts and percentages are decimal strings,
 * written plain (no exponent) and without trailing zeros ({@code "162000000"}, {@code "12.5"}),
 * so no script reads them through a float and none suggests cents a source never gave.
 */
record EconomicFigureResponse(
        long id,
        StateResponse reporter,
        StateResponse partner,
        String indicator,
        DateResponse period,
        String amount,
        String currency,
        String qualifier,
        @Nullable ChangeResponse change,
        Text basis,
        CitationResponse source,
        long version,
        Instant updatedAt) implements VersionedResponse {

    /** The change against the previous period in percent, negative for a fall. */
    record ChangeResponse(String percent, String qualifier) {
    }

    static EconomicFigureResponse from(EconomicFigureEntry entry) {
        return new EconomicFigureResponse(entry.id(),
                StateResponse.of(entry.reporterCode(), entry.reporterNameEn(), entry.reporterNameRu()),
                StateResponse.of(entry.partnerCode(), entry.partnerNameEn(), entry.partnerNameRu()),
                entry.indicator().name(),
                DateResponse.from(entry.period()),
                Money.plain(entry.amount()),
                entry.currency(),
                entry.qualifier().name(),
                entry.changePercent() == null || entry.changeQualifier() == null ? null
                        : new ChangeResponse(Money.plain(entry.changePercent()), entry.changeQualifier().name()),
                new Text(entry.basisEn(), entry.basisRu()),
                CitationResponse.from(entry.source()),
                entry.version(),
                entry.updatedAt());
    }
}
