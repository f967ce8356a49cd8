package org.chancery.economy;

import java.time.LocalDate;

import org.chancery.common.query.KeysetCursor;

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

    /** The name of the list in this order, which its cursors carry, so a cursor of another list or order is refused. */
    public String cursorOrder() {
        return "economic-figures." + parameter;
    }

    /**
     * The place a cursor of this order names.
     *
     * @throws RuntimeException when its keys do not read as this order's
     */
    public Position position(KeysetCursor cursor) {
        return new Position(LocalDate.parse(cursor.key(0)), Long.parseLong(cursor.key(1)));
    }

    /** A place in this order: the first day of the period, then the id. */
    public record Position(LocalDate periodEarliest, long id) {
    }

    KeysetCursor cursor(EconomicFigureEntry entry) {
        return KeysetCursor.of(cursorOrder(), entry.period().earliest(), entry.id());
    }

    String orderBy() {
        return " order by f.period_earliest " + direction + ", f.id " + direction;
    }

    String after() {
        return "(f.period_earliest, f.id) " + ("asc".equals(direction) ? ">" : "<") + " (:afterEarliest, :afterId)";
    }
}
