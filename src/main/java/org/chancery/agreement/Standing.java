package org.chancery.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

import org.chancery.common.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * Where one state stands in one agreement, as of a day: its latest step and that step's
 * date. An announcement that no signature or accession has followed is an open commitment,
 * open since the last day the announcement may have been made: {@code openDays} and
 * {@code openMonths} say for how long ("announced but not signed, and for how long").
 */
public record Standing(String stateCode, String role, @Nullable String step, @Nullable UncertainDate since,
        @Nullable Long openDays, @Nullable Integer openMonths) {

    public static Standing of(String stateCode, String role, @Nullable String step, @Nullable UncertainDate since,
            LocalDate today) {
        Long openDays = null;
        Integer openMonths = null;
        if (Step.ANNOUNCED.name().equals(step) && since != null && !since.latest().isAfter(today)) {
            openDays = ChronoUnit.DAYS.between(since.latest(), today);
            openMonths = (int) Period.between(since.latest(), today).toTotalMonths();
        }
        return new Standing(stateCode.strip(), role, step, since, openDays, openMonths);
    }

    public boolean isOpenCommitment() {
        return openDays != null;
    }
}
