package org.chancery.agreement;

import java.time.LocalDate;

import org.chancery.common.query.KeysetCursor;

/**
 * The orders of the agreements list, each a keyset: a sort key, then the id. By name (the
 * default), or by the day opened, earliest or latest first; agreements without an opening
 * date come last either way.
 */
public enum AgreementOrder {

    NAME("name", "a.name_en", "asc") {
        @Override
        String key(AgreementEntry entry) {
            return entry.nameEn();
        }

        @Override
        Object keyValue(String key) {
            return key;
        }
    },
    OPENED("opened", "coalesce(a.opened_earliest, date '9999-12-31')", "asc") {
        @Override
        String key(AgreementEntry entry) {
            return entry.opened() == null ? "9999-12-31" : entry.opened().earliest().toString();
        }
    },
    LATEST_OPENED("-opened", "coalesce(a.opened_earliest, date '0001-01-01')", "desc") {
        @Override
        String key(AgreementEntry entry) {
            return entry.opened() == null ? "0001-01-01" : entry.opened().earliest().toString();
        }
    };

    private final String parameter;
    private final String keySql;
    private final String direction;

    AgreementOrder(String parameter, String keySql, String direction) {
        this.parameter = parameter;
        this.keySql = keySql;
        this.direction = direction;
    }

    /** How the order is asked for in {@code ?sort=}. */
    public String parameter() {
        return parameter;
    }

    /** The name of the list in this order, which its cursors carry, so a cursor of another list or order is refused. */
    public String cursorOrder() {
        return "agreements." + parameter;
    }

    /**
     * The place a cursor of this order names.
     *
     * @throws RuntimeException when its keys do not read as this order's
     */
    public Position position(KeysetCursor cursor) {
        return new Position(keyValue(cursor.key(0)), Long.parseLong(cursor.key(1)));
    }

    /** A place in this order: the sort key, then the id. */
    public record Position(Object key, long id) {
    }

    KeysetCursor cursor(AgreementEntry entry) {
        return KeysetCursor.of(cursorOrder(), key(entry), entry.id());
    }

    abstract String key(AgreementEntry entry);

    Object keyValue(String key) {
        return LocalDate.parse(key);
    }

    String orderBy() {
        return " order by " + keySql + " " + direction + ", a.id " + direction;
    }

    String after() {
        return "(" + keySql + ", a.id) " + ("asc".equals(direction) ? ">" : "<") + " (:afterKey, :afterId)";
    }
}
