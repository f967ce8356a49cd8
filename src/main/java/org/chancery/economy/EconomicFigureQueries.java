package org.chancery.economy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.chancery.common.DatePrecision;
import org.chancery.common.NotFoundException;
import org.chancery.common.UncertainDate;
import org.chancery.common.query.ChangeFeed;
import org.chancery.common.query.ChangePosition;
import org.chancery.common.query.ChangedRecord;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.WhereClause;
import org.chancery.source.CitedSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of economic figures, for the figure's page, the API's pages and the CSV export:
 * one SQL statement, each figure joined to its two states' names and its source, and one
 * filter ({@link EconomicFigureCriteria}) for all of them. Pages are cut by keyset; the export
 * streams. Deleted figures are left out, except from {@link #changesSince}, where scripts that
 * sync must learn of them.
 */
@Service
@Transactional(readOnly = true)
public class EconomicFigureQueries {

    static final int FETCH_SIZE = 500;

    private static final String SELECT = """
            select f.id, f.reporter_code, r.name_en as reporter_name_en, r.name_ru as reporter_name_ru,
                   f.partner_code, p.name_en as partner_name_en, p.name_ru as partner_name_ru, f.indicator,
                   f.period_earliest, f.period_latest, f.period_precision, f.period_approximate,
                   f.amount, f.currency, f.qualifier, f.change_percent, f.change_qualifier, f.basis_en, f.basis_ru,
                   s.id as source_id, s.outlet, s.title, s.url, s.published_on, s.language, f.quoted_passage,
                   f.version, f.updated_at, f.deleted_at, f.change_xid
              from economic_figure f
              join state r on r.code = f.reporter_code
              join state p on p.code = f.partner_code
              join source s on s.id = f.source_id
            """;

    private final JdbcClient jdbc;
    private final EconomicFigureService figures;

    EconomicFigureQueries(JdbcClient jdbc, EconomicFigureService figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /** The page of live figures that match {@code criteria}, in {@code order}, after {@code after}. */
    public KeysetPage<EconomicFigureEntry> page(EconomicFigureCriteria criteria, EconomicFigureOrder order,
            EconomicFigureOrder.@Nullable Position after, int limit) {
        WhereClause where = matching(criteria).and("f.deleted_at is null");
        if (after != null) {
            where.parameter("afterEarliest", after.periodEarliest()).parameter("afterId", after.id()).and(order.after());
        }
        return KeysetPage.cut(run(where, order.orderBy(), limit + 1), limit, order::cursor);
    }

    /**
     * What changed since {@code since} among the figures that match {@code criteria}, oldest
     * change first, deleted ones included (their {@code deletedAt} is set).
     */
    public KeysetPage<ChangedRecord<EconomicFigureEntry>> changesSince(EconomicFigureCriteria criteria, Instant since,
            @Nullable ChangePosition after, int limit) {
        return ChangeFeed.page(jdbc, SELECT, "f", matching(criteria), since, after, limit, (row, number) -> {
            EconomicFigureEntry entry = toEntry(row, number);
            return new ChangedRecord<>(entry.id(), entry, entry.updatedAt(), entry.deletedAt(), row.getLong("change_xid"));
        });
    }

    /** How many live figures match {@code criteria}: what all pages together hold. */
    public long count(EconomicFigureCriteria criteria) {
        WhereClause where = matching(criteria).and("f.deleted_at is null");
        return jdbc.sql("select count(*) from economic_figure f" + where.sql()).params(where.parameters())
                .query(Long.class).single();
    }

    /** One live figure. */
    public Optional<EconomicFigureEntry> entry(long id) {
        WhereClause where = new WhereClause().and("f.deleted_at is null").and("f.id = :id", "id", id);
        return run(where, "", 1).stream().findFirst();
    }

    /**
     * One live figure as the API serves it.
     *
     * @throws org.chancery.common.NotFoundException   if there never was one
     * @throws org.chancery.common.RecordGoneException if it was deleted
     */
    public EconomicFigureEntry live(long id) {
        return entry(id).orElseThrow(() -> {
            figures.live(id); // throws: not found where there never was one, gone where it was deleted
            return NotFoundException.forId("economic figure", id);
        });
    }

    /**
     * Hands every live figure that matches {@code criteria} to {@code consumer}, oldest period
     * first, as PostgreSQL sends them: {@value #FETCH_SIZE} rows at a time through a server-side
     * cursor, so memory stays flat however many there are. The cursor lives in this method's
     * own read-only transaction (PostgreSQL keeps none outside one): call it from the code that
     * writes the rows.
     */
    public void forEach(EconomicFigureCriteria criteria, Consumer<EconomicFigureEntry> consumer) {
        WhereClause where = matching(criteria).and("f.deleted_at is null");
        String sql = SELECT + where.sql()
                + " order by f.period_earliest, f.period_latest, f.reporter_code, f.partner_code, f.indicator, f.id";
        jdbc.sql(sql).withFetchSize(FETCH_SIZE).params(where.parameters())
                .query((RowCallbackHandler) row -> consumer.accept(toEntry(row, 0)));
    }

    /** The conditions of {@code criteria}: the one filter of the page, the API and the export. */
    private static WhereClause matching(EconomicFigureCriteria criteria) {
        WhereClause where = new WhereClause();
        if (criteria.state() != null && criteria.counterpart() != null) {
            where.and("((f.reporter_code = :state and f.partner_code = :counterpart)"
                    + " or (f.reporter_code = :counterpart and f.partner_code = :state))")
                    .parameter("state", criteria.state()).parameter("counterpart", criteria.counterpart());
        } else if (criteria.state() != null) {
            where.and("(f.reporter_code = :state or f.partner_code = :state)", "state", criteria.state());
        }
        if (criteria.reporter() != null) {
            where.and("f.reporter_code = :reporter", "reporter", criteria.reporter());
        }
        if (criteria.partner() != null) {
            where.and("f.partner_code = :partner", "partner", criteria.partner());
        }
        if (!criteria.indicators().isEmpty()) {
            where.and("f.indicator in (:indicators)", "indicators", criteria.indicators().stream().map(Enum::name).toList());
        }
        if (criteria.from() != null) {
            where.and("f.period_latest >= :from", "from", criteria.from());
        }
        if (criteria.to() != null) {
            where.and("f.period_earliest <= :to", "to", criteria.to());
        }
        return where;
    }

    private List<EconomicFigureEntry> run(WhereClause where, String orderBy, int limit) {
        where.parameter("limit", limit);
        return jdbc.sql(SELECT + where.sql() + orderBy + " limit :limit").params(where.parameters())
                .query(EconomicFigureQueries::toEntry).list();
    }

    private static EconomicFigureEntry toEntry(ResultSet row, int rowNumber) throws SQLException {
        OffsetDateTime deletedAt = row.getObject("deleted_at", OffsetDateTime.class);
        return new EconomicFigureEntry(
                row.getLong("id"),
                row.getString("reporter_code"),
                row.getString("reporter_name_en"),
                row.getString("reporter_name_ru"),
                row.getString("partner_code"),
                row.getString("partner_name_en"),
                row.getString("partner_name_ru"),
                Indicator.valueOf(row.getString("indicator")),
                period(row),
                row.getBigDecimal("amount"),
                row.getString("currency"),
                Qualifier.valueOf(row.getString("qualifier")),
                row.getBigDecimal("change_percent"),
                changeQualifier(row),
                row.getString("basis_en"),
                row.getString("basis_ru"),
                new CitedSource(row.getLong("source_id"), row.getString("outlet"), row.getString("title"),
                        row.getString("url"), row.getObject("published_on", LocalDate.class), row.getString("language"),
                        row.getString("quoted_passage")),
                row.getLong("version"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant(),
                deletedAt == null ? null : deletedAt.toInstant());
    }

    private static UncertainDate period(ResultSet row) throws SQLException {
        return new UncertainDate(row.getObject("period_earliest", LocalDate.class),
                row.getObject("period_latest", LocalDate.class),
                DatePrecision.valueOf(row.getString("period_precision")), row.getBoolean("period_approximate"));
    }

    private static @Nullable Qualifier changeQualifier(ResultSet row) throws SQLException {
        String changeQualifier = row.getString("change_qualifier");
        return changeQualifier == null ? null : Qualifier.valueOf(changeQualifier);
    }
}
