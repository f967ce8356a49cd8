package org.chancery.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Reads an uncertain date from the four columns every table stores one in:
 * {@code <prefix>_earliest}, {@code _latest}, {@code _precision} and {@code _approximate}.
 */
public final class UncertainDateColumns {

    private UncertainDateColumns() {
    }

    public static UncertainDate read(ResultSet row, String prefix) throws SQLException {
        UncertainDate date = readNullable(row, prefix);
        if (date == null) {
            throw new IllegalStateException(prefix + "_earliest is null");
        }
        return date;
    }

    /** The date, or null where the columns are empty (an agreement not yet dated, a participation with no step). */
    public static @Nullable UncertainDate readNullable(ResultSet row, String prefix) throws SQLException {
        LocalDate earliest = row.getObject(prefix + "_earliest", LocalDate.class);
        if (earliest == null) {
            return null;
        }
        return new UncertainDate(earliest, row.getObject(prefix + "_latest", LocalDate.class),
                DatePrecision.valueOf(row.getString(prefix + "_precision")), row.getBoolean(prefix + "_approximate"));
    }
}
