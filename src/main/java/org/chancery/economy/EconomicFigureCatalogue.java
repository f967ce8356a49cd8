package org.chancery.economy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.chancery.common.DatePrecision;
import org.chancery.common.SqlConditions;
import org.chancery.common.UncertainDate;
import org.chancery.common.api.Page;
import org.chancery.common.api.PageCursor;
import org.chancery.source.CitedSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The economic figures' read side for the API: one SQL statement per page, each figure
 * joined to its two states' names and its source. Pages are cut by keyset. Deleted figures
 * are left out, except from {@link #changesSince}, where scripts that sync must learn of them.
 */
@Service
@Transactional(readOnly = true)
public class EconomicFigureCatalogue {

    /** The listing of changes for sync, oldest change first, which its cursors carry. */
    public static final String CHANGES = "economic-figures:changes";

    private static final String SELECT = """
            select f.id, f.reporter_code, r.name_en as reporter_name_en, r.name_ru as reporter_name_ru,
                   f.partner_code, p.name_en as partner_name_en, p.name_ru as partner_name_ru, f.indicator,
                   f.period_earliest, f.period_latest, f.period_precision, f.period_approximate,
                   f.amount, f.currency, f.qualifier, f.change_percent, f.change_qualifier, f.basis_en, f.basis_ru,
                   s.id as source_id, s.outlet, s.title, s.url, s.published_on, s.language, f.quoted_passage,
                   f.version, f.updated_at, f.deleted_at
              from economic_figure f
              join state r on r.code = f.reporter_code
              join state p on p.code = f.partner_code
              join source s on s.id = f.source_id
            """;

    private final JdbcClient jdbc;

    EconomicFigureCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page of live figures that match {@code criteria}, in {@code order}, after {@code after}. */
    public Page<EconomicFigureEntry> page(EconomicFigureCriteria criteria, EconomicFigureOrder order,
            @Nullable PageCursor after, int limit) {
        SqlConditions where = matching(criteria).add("f.deleted_at is null");
        if (after != null) {
            where.add(order.after()).bind("afterEarliest", LocalDate.parse(after.key())).bind("afterId", after.id());
        }
        return Page.cut(run(where, order.orderBy(), limit + 1), limit,
                last -> new PageCursor(order.listing(), last.period().earliest().toString(), last.id()));
    }

    /**
     * What changed since {@code since} among the figures that match {@code criteria}, oldest
     * change first, deleted ones included (their {@code deletedAt} is set).
     */
    public Page<EconomicFigureEntry> changesSince(EconomicFigureCriteria criteria, Instant since,
            @Nullable PageCursor after, int limit) {
        SqlConditions where = matching(criteria).add("f.updated_at >= :since").bind("since", utc(since));
        if (after != null) {
            where.add("(f.updated_at, f.id) > (:afterUpdatedAt, :afterId)")
                    .bind("afterUpdatedAt", utc(Instant.parse(after.key()))).bind("afterId", after.id());
        }
        return Page.cut(run(where, " order by f.updated_at, f.id", limit + 1), limit,
                last -> new PageCursor(CHANGES, last.updatedAt().toString(), last.id()));
    }

    /** How many live figures match {@code criteria}: what all pages together hold. */
    public long count(EconomicFigureCriteria criteria) {
        SqlConditions where = matching(criteria).add("f.deleted_at is null");
        return jdbc.sql("select count(*) from economic_figure f" + where.where()).params(where.parameters())
                .query(Long.class).single();
    }

    /** One live figure. */
    public Optional<EconomicFigureEntry> entry(long id) {
        SqlConditions where = new SqlConditions().add("f.deleted_at is null").add("f.id = :id").bind("id", id);
        return run(where, "", 1).stream().findFirst();
    }

    private static SqlConditions matching(EconomicFigureCriteria criteria) {
        SqlConditions where = new SqlConditions();
        if (criteria.state() != null && criteria.counterpart() != null) {
            where.add("((f.reporter_code = :state and f.partner_code = :counterpart)"
                    + " or (f.reporter_code = :counterpart and f.partner_code = :state))")
                    .bind("state", criteria.state()).bind("counterpart", criteria.counterpart());
        } else if (criteria.state() != null) {
            where.add("(f.reporter_code = :state or f.partner_code = :state)").bind("state", criteria.state());
        }
        if (criteria.reporter() != null) {
            where.add("f.reporter_code = :reporter").bind("reporter", criteria.reporter());
        }
        if (criteria.partner() != null) {
            where.add("f.partner_code = :partner").bind("partner", criteria.partner());
        }
        if (!criteria.indicators().isEmpty()) {
            where.add("f.indicator in (:indicators)")
                    .bind("indicators", criteria.indicators().stream().map(Enum::name).toList());
        }
        if (criteria.from() != null) {
            where.add("f.period_latest >= :from").bind("from", criteria.from());
        }
        if (criteria.to() != null) {
            where.add("f.period_earliest <= :to").bind("to", criteria.to());
        }
        return where;
    }

    private List<EconomicFigureEntry> run(SqlConditions where, String orderBy, int limit) {
        where.bind("limit", limit);
        return jdbc.sql(SELECT + where.where() + orderBy + " limit :limit").params(where.parameters())
                .query(EconomicFigureCatalogue::toEntry).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static EconomicFigureEntry toEntry(ResultSet row, int rowNumber) throws SQLException {
        String changeQualifier = row.getString("change_qualifier");
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
                new CitedSource(row.getLong("source_id"), row.getString("outlet"), row.getString("title"),
                        row.getString("url"), row.getObject("published_on", LocalDate.class), row.getString("language"),
                        row.getString("quoted_passage")),
                row.getLong("version"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant(),
                deletedAt == null ? null : deletedAt.toInstant());
    }
}
