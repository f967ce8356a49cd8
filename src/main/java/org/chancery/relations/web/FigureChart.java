package org.chancery.relations.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chancery.common.UncertainDateFormat;
import org.chancery.relations.PairDashboard.Figure;
import org.chancery.relations.PairDashboard.FigureGroup;

/**
 * The trade and investment figures as a bar chart drawn in SVG on the server: one panel per
 * indicator, one bar per figure, periods newest first. Every bar of one currency is drawn on
 * one scale, whatever its panel: a USD 162 million turnover is a ninth of the bar of a USD 1.5
 * billion investment stock, not a bar of the same length. Two sources for the same period get a bar each, side by
 * side, the second in another colour, so a disagreement is seen before it is read.
 * Coordinates are in the units of the SVG's view box.
 */
public record FigureChart(List<Panel> panels, int height) {

    public static final int WIDTH = 460;
    /**
     * The longest bar: the rest of the width is left for the amount written after it, which
     * must never be cut ("more than USD 360 million" needs some 190 units).
     */
    static final int BAR_SPACE = 200;
    static final int ROW = 44;
    static final int TITLE = 24;
    static final int GAP = 16;

    public record Panel(String indicator, int y, List<Bar> bars) {
    }

    /**
     * One figure: {@code periodLabel} is empty on the second bar of a period, whose sources
     * disagree or agree; {@code alternative} marks that second bar.
     */
    public record Bar(Figure figure, String periodLabel, int y, double width, boolean alternative) {

        /** The period and source, written above the bar. */
        public int labelY() {
            return y + 13;
        }

        public int barY() {
            return y + 19;
        }

        /** The amount, written after the bar. */
        public int valueY() {
            return y + 31;
        }

        public double valueX() {
            return width + 6;
        }
    }

    static FigureChart of(List<FigureGroup> groups, Locale locale) {
        Map<String, List<FigureGroup>> byIndicator = new LinkedHashMap<>();
        groups.forEach(group -> byIndicator.computeIfAbsent(group.indicator(), key -> new ArrayList<>()).add(group));
        List<Panel> panels = new ArrayList<>();
        Map<String, BigDecimal> largestByCurrency = new LinkedHashMap<>();
        groups.stream().flatMap(group -> group.figures().stream())
                .forEach(figure -> largestByCurrency.merge(figure.currency(), figure.amount(), BigDecimal::max));
        int y = 0;
        for (Map.Entry<String, List<FigureGroup>> indicator : byIndicator.entrySet()) {
            int panelY = y;
            y += TITLE;
            List<Bar> bars = new ArrayList<>();
            for (FigureGroup group : indicator.getValue()) {
                String period = UncertainDateFormat.format(group.period(), locale);
                for (int i = 0; i < group.figures().size(); i++) {
                    Figure figure = group.figures().get(i);
                    BigDecimal largest = largestByCurrency.get(figure.currency());
                    double width = largest.signum() == 0 ? 0
                            : figure.amount().divide(largest, MathContext.DECIMAL64).doubleValue() * BAR_SPACE;
                    bars.add(new Bar(figure, i == 0 ? period : "", y, Math.max(2, Math.round(width * 10) / 10.0), i > 0));
                    y += ROW;
                }
            }
            panels.add(new Panel(indicator.getKey(), panelY, List.copyOf(bars)));
            y += GAP;
        }
        return new FigureChart(List.copyOf(panels), Math.max(y, 1));
    }
}
