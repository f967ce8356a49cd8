package org.chancery.economy;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which figures to read. {@code state} alone keeps the figures it reports or is the partner
 * of; with {@code counterpart} it means the pair, whichever of the two reported. The period
 * keeps every figure whose period may overlap it ({@code from} ≤ its last day, its first day
 * ≤ {@code to}).
 */
public record EconomicFigureFilter(
        @Nullable String state,
        @Nullable String counterpart,
        Set<Indicator> indicators,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public EconomicFigureFilter {
        indicators = Set.copyOf(indicators);
    }

    public static EconomicFigureFilter everything() {
        return new EconomicFigureFilter(null, null, Set.of(), null, null);
    }
}
