package org.chancery.economy;

import java.math.BigDecimal;

import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.chancery.source.Citation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EconomicFigureTests {

    private static final Citation SOURCE = new Citation(4L, "товарооборот по итогам 2025 года достиг 162 млн долл.");

    @Test
    void keepsTheAmountAsADecimal() {
        EconomicFigure turnover = new EconomicFigure("KZ", "IL", Indicator.TRADE_TURNOVER, UncertainDate.year(2025),
                Money.of("162000000", "USD"), Qualifier.EXACT, SOURCE);

        assertThat(turnover.getMoney().amount()).isEqualByComparingTo("162000000");
        assertThat(turnover.getPeriod().toEdtf()).isEqualTo("2025");
    }

    @Test
    void refusesAnAmountBelowZero() {
        assertThatThrownBy(() -> Money.of("-1", "USD"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("below zero");
    }

    @Test
    void refusesAFigureWithoutSource() {
        assertThatThrownBy(() -> new EconomicFigure("KZ", "IL", Indicator.TRADE_TURNOVER, UncertainDate.year(2025),
                Money.of("162000000", "USD"), Qualifier.EXACT, null))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("figure-needs-source");
    }

    @Test
    void refusesAnUnknownCurrency() {
        assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesAStatePairedWithItself() {
        assertThatThrownBy(() -> new EconomicFigure("KZ", "KZ", Indicator.EXPORTS, UncertainDate.year(2025),
                Money.of("1", "USD"), Qualifier.EXACT, SOURCE)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void recordsAChangeWithItsQualifier() {
        EconomicFigure turnover = new EconomicFigure("IL", "AZ", Indicator.TRADE_TURNOVER, UncertainDate.year(2025),
                Money.of("360000000", "USD"), Qualifier.MORE_THAN, SOURCE);

        turnover.changedBy(new BigDecimal("50"), Qualifier.ABOUT);

        assertThat(turnover.getChangeQualifier()).isEqualTo(Qualifier.ABOUT);
    }

    @Test
    void aRevisionIsHeldToTheRulesOfANewFigure() {
        EconomicFigure turnover = new EconomicFigure("KZ", "IL", Indicator.TRADE_TURNOVER, UncertainDate.year(2025),
                Money.of("162000000", "USD"), Qualifier.EXACT, SOURCE);

        assertThatThrownBy(() -> turnover.revise("KZ", "IL", Indicator.TRADE_TURNOVER, UncertainDate.day(2025, 3, 1),
                Money.of("162000000", "USD"), Qualifier.EXACT, SOURCE))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("figure-period");
        turnover.revise("KZ", "IL", Indicator.EXPORTS, UncertainDate.quarter(2025, 4), Money.of("40000000.5", "USD"),
                Qualifier.ABOUT, SOURCE);

        assertThat(turnover.getIndicator()).isEqualTo(Indicator.EXPORTS);
        assertThat(turnover.getPeriod().toEdtf()).isEqualTo("2025-36");
        assertThat(turnover.getMoney().plainAmount()).isEqualTo("40000000.5");
    }

    @Test
    void refusesAChangeWithMoreThanTwoDecimalsAndClearsOne() {
        EconomicFigure turnover = new EconomicFigure("IL", "AZ", Indicator.TRADE_TURNOVER, UncertainDate.year(2025),
                Money.of("360000000", "USD"), Qualifier.MORE_THAN, SOURCE);

        assertThatThrownBy(() -> turnover.changedBy(new BigDecimal("12.345"), Qualifier.EXACT))
                .isInstanceOf(RuleViolationException.class);
        turnover.changedBy(new BigDecimal("-12.5"), Qualifier.EXACT);
        turnover.noChangeGiven();

        assertThat(turnover.getChangePercent()).isNull();
        assertThat(turnover.getChangeQualifier()).isNull();
    }

    @Test
    void anAmountIsWrittenPlainWithoutTrailingZeros() {
        assertThat(Money.of("162000000.00", "USD").plainAmount()).isEqualTo("162000000");
        assertThat(Money.of("1.62E+8", "USD").plainAmount()).isEqualTo("162000000");
        assertThat(Money.of("12.50", "USD").plainAmount()).isEqualTo("12.5");
        assertThat(Money.of("0.00", "USD").plainAmount()).isEqualTo("0");
    }

    @Test
    void refusesAnAmountTheRecordCannotHold() {
        assertThatThrownBy(() -> Money.of("1000000000000000000", "USD"))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("amount-size");
        assertThat(Money.of("999999999999999999.99", "USD").amount()).isPositive();
    }
}
