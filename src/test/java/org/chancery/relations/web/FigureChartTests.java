package org.chancery.relations.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.chancery.common.UncertainDate;
import org.chancery.relations.PairDashboard.Figure;
import org.chancery.relations.PairDashboard.FigureGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigureChartTests {

    @Test
    void barsOfOneCurrencyShareOneScaleAcrossTheIndicatorsPanels() {
        FigureChart chart = FigureChart.of(List.of(
                new FigureGroup("INVESTMENT_STOCK", UncertainDate.year(2025), List.of(figure(1, "1500000000", "USD"))),
                new FigureGroup("TRADE_TURNOVER", UncertainDate.year(2025), List.of(figure(2, "162000000", "USD"))),
                new FigureGroup("TRADE_TURNOVER", UncertainDate.year(2024), List.of(figure(3, "90000000", "EUR")))),
                Locale.ENGLISH);

        double investment = chart.panels().get(0).bars().getFirst().width();
        List<FigureChart.Bar> turnover = chart.panels().get(1).bars();
        assertThat(investment).isEqualTo(FigureChart.BAR_SPACE);
        // 162 million is 10.8 % of 1.5 billion: 21.6 of 200 units, not another full bar
        assertThat(turnover.get(0).width()).isEqualTo(21.6);
        // another currency is not measured against dollars: its largest bar is full
        assertThat(turnover.get(1).width()).isEqualTo(FigureChart.BAR_SPACE);
    }

    @Test
    void leavesRoomAfterTheLongestBarForTheLongestAmount() {
        // "more than USD 360 million" at 14 px, about 8 units a character, after a 6-unit gap
        assertThat(FigureChart.WIDTH - FigureChart.BAR_SPACE - 6).isGreaterThanOrEqualTo(26 * 8);
    }

    private static Figure figure(long id, String amount, String currency) {
        return new Figure(id, "KZ", "IL", new BigDecimal(amount), currency, "EXACT", null, null, null, null,
                "passage", 4, "Outlet", "Title", null, null);
    }
}
