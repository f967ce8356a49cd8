package org.chancery.economy;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which figures a reader asks for. {@code state} alone keeps the figures it reports or is the
 * partner of; with {@code counterpart} it means the pair, whichever of the two reported.
 * {@code reporter} and {@code partner} name one side exactly. The period keeps every figure
 * whose period may overlap it ({@code from} ≤ its last day, its first day ≤ {@code to}).
 */
public record EconomicFigureCriteria(
        @Nullable String state,
        @Nullable String counterpart,
        @Nullable String reporter,
        @Nullable String partner,
        Set<Indicator> indicators,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public EconomicFigureCriteria {
        indicators = Set.copyOf(indicators);
    }

    public static EconomicFigureCriteria everything() {
        return new EconomicFigureCriteria(null, null, null, null, Set.of(), null, null);
    }
}
