package org.chancery.economy;

import java.math.BigDecimal;
import java.time.Instant;

import org.chancery.common.UncertainDate;
import org.chancery.source.CitedSource;
import org.jspecify.annotations.Nullable;

/** One economic figure as readers see it: both states with their names, and its source. */
public record EconomicFigureEntry(
        long id,
        String reporterCode,
        String reporterNameEn,
        String reporterNameRu,
        String partnerCode,
        String partnerNameEn,
        String partnerNameRu,
        Indicator indicator,
        UncertainDate period,
        BigDecimal amount,
        String currency,
        Qualifier qualifier,
        @Nullable BigDecimal changePercent,
        @Nullable Qualifier changeQualifier,
        @Nullable String basisEn,
        @Nullable String basisRu,
        CitedSource source,
        long version,
        Instant updatedAt,
        @Nullable Instant deletedAt) {
}
