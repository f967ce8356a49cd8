package org.chancery.economy;

/** The orders of the figures list, both by the first day of the period, then id: oldest first (the default) or newest first. */
public enum EconomicFigureOrder {

    PERIOD("period", "asc"), LATEST_PERIOD("-period", "desc");

    private final String parameter;
    private final String direction;

    EconomicFigureOrder(String parameter, String direction) {
        this.parameter = parameter;
        this.direction = direction;
    }

    /** How the order is asked for in {@code ?sort=}. */
    public String parameter() {
        return parameter;
    }

    /** The name of the listing in this order, which its cursors carry. */
    public String listing() {
        return "economic-figures:" + parameter;
    }

    String orderBy() {
        return " order by f.period_earliest " + direction + ", f.id " + direction;
    }

    String after() {
        return "(f.period_earliest, f.id) " + ("asc".equals(direction) ? ">" : "<") + " (:afterEarliest, :afterId)";
    }
}
