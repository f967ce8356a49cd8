package org.chancery.economy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

import org.chancery.common.query.WhereClause;
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
     * Hands every figure that matches {@code criteria} to {@code consumer}, oldest period first,
     * as PostgreSQL sends them. The cursor lives in this method's own read-only transaction
     * (PostgreSQL keeps none outside one): call it from the code that writes the rows.
     */
    public void forEach(EconomicFigureCriteria criteria, Consumer<EconomicFigureRow> consumer) {
        WhereClause where = EconomicFigureCatalogue.matching(new WhereClause().and("f.deleted_at is null"), criteria);
        String sql = SELECT + where.sql()
                + " order by f.period_earliest, f.period_latest, f.reporter_code, f.partner_code, f.indicator, f.id";
        jdbc.sql(sql).withFetchSize(FETCH_SIZE).params(where.parameters())
                .query((RowCallbackHandler) row -> consumer.accept(row(row)));
    }

    private static EconomicFigureRow row(ResultSet row) throws SQLException {
        return new EconomicFigureRow(
                row.getLong("id"),
                row.getString("reporter_code"),
                row.getString("partner_code"),
                Indicator.valueOf(row.getString("indicator")),
                EconomicFigureCatalogue.period(row),
                row.getBigDecimal("amount"),
                row.getString("currency"),
                Qualifier.valueOf(row.getString("qualifier")),
                row.getBigDecimal("change_percent"),
                EconomicFigureCatalogue.changeQualifier(row),
                row.getString("basis_en"),
                row.getString("basis_ru"),
                row.getLong("source_id"),
                row.getString("source_outlet"),
                row.getString("source_url"),
                row.getString("quoted_passage"));
    }
}
