package org.chancery.economy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.chancery.common.DatePrecision;
import org.chancery.common.UncertainDate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of economic figures for exports: one statement, each live figure with its source,
 * read through a server-side cursor so memory stays flat however many there are.
 */
@Service
@Transactional(readOnly = true)
public class EconomicFigureLedger {

    static final int FETCH_SIZE = 500;

    private static final String SELECT = """
            select f.id, f.reporter_code, f.partner_code, f.indicator,
                   f.period_earliest, f.period_latest, f.period_precision, f.period_approximate,
                   f.amount, f.currency, f.qualifier, f.change_percent, f.change_qualifier,
                   f.basis_en, f.basis_ru, f.source_id, s.outlet as source_outlet, s.url as source_url,
                   f.quoted_passage
              from economic_figure f join source s on s.id = f.source_id
            """;

    private final JdbcClient jdbc;

    EconomicFigureLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hands every figure that matches {@code filter} to {@code consumer}, oldest period first,
     * as PostgreSQL sends them. The cursor lives in this method's own read-only transaction
     * (PostgreSQL keeps none outside one): call it from the code that writes the rows.
     */
    public void forEach(EconomicFigureFilter filter, Consumer<EconomicFigureRow> consumer) {
        List<String> conditions = new ArrayList<>(List.of("f.deleted_at is null"));
        Map<String, Object> parameters = new TreeMap<>();
        where(filter, conditions, parameters);
        String sql = SELECT + " where " + String.join(" and ", conditions)
                + " order by f.period_earliest, f.period_latest, f.reporter_code, f.partner_code, f.indicator, f.id";
        jdbc.sql(sql).withFetchSize(FETCH_SIZE).params(parameters)
                .query((RowCallbackHandler) row -> consumer.accept(row(row)));
    }

    private static void where(EconomicFigureFilter filter, List<String> conditions, Map<String, Object> parameters) {
        if (filter.state() != null && filter.counterpart() != null) {
            conditions.add("((f.reporter_code = :state and f.partner_code = :counterpart)"
                    + " or (f.reporter_code = :counterpart and f.partner_code = :state))");
            parameters.put("state", filter.state());
            parameters.put("counterpart", filter.counterpart());
        } else if (filter.state() != null) {
            conditions.add("(f.reporter_code = :state or f.partner_code = :state)");
            parameters.put("state", filter.state());
        }
        if (!filter.indicators().isEmpty()) {
            conditions.add("f.indicator in (:indicators)");
            parameters.put("indicators", filter.indicators().stream().map(Enum::name).toList());
        }
        if (filter.from() != null) {
            conditions.add("f.period_latest >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("f.period_earliest <= :to");
            parameters.put("to", filter.to());
        }
    }

    private static EconomicFigureRow row(ResultSet row) throws SQLException {
        String changeQualifier = row.getString("change_qualifier");
        return new EconomicFigureRow(
                row.getLong("id"),
                row.getString("reporter_code"),
                row.getString("partner_code"),
                Indicator.valueOf(row.getString("indicator")),
                new UncertainDate(row.getObject("period_earliest", LocalDate.class),
                        row.getObject("period_latest", LocalDate.class),
                        DatePrecision.valueOf(row.getString("period_precision")), row.getBoolean("period_approximate")),
                row.getBigDecimal("amount"),
                row.getString("currency"),
                Qualifier.valueOf(row.getString("qualifier")),
                row.getBigDecimal("change_percent"),
                changeQualifier == null ? null : Qualifier.valueOf(changeQualifier),
                row.getString("basis_en"),
                row.getString("basis_ru"),
                row.getLong("source_id"),
                row.getString("source_outlet"),
                row.getString("source_url"),
                row.getString("quoted_passage"));
    }
}
