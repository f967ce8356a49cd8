package org.chancery.economy;

import java.math.BigDecimal;

import org.chancery.common.UncertainDate;
import org.jspecify.annotations.Nullable;

/** A figure as exports show it, with the source it cites and the passage that gives it. */
public record EconomicFigureRow(
        long id,
        String reporterCode,
        String partnerCode,
        Indicator indicator,
        UncertainDate period,
        BigDecimal amount,
        String currency,
        Qualifier qualifier,
        @Nullable BigDecimal changePercent,
        @Nullable Qualifier changeQualifier,
        @Nullable String basisEn,
        @Nullable String basisRu,
        long sourceId,
        @Nullable String sourceOutlet,
        @Nullable String sourceUrl,
        String quotedPassage) {
}
