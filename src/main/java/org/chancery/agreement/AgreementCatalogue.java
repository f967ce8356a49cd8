package org.chancery.agreement;

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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agreements' read side: one SQL statement per page, whatever the page size. Each
 * agreement's participations, with their states' names and their steps, each step with its
 * source, come back as JSON aggregated in the same statement, so a page never fans out into
 * a query per agreement or per participation. Pages are cut by keyset. Deleted agreements
 * are left out, except from {@link #changesSince}, where scripts that sync must learn of them.
 */
@Service
@Transactional(readOnly = true)
public class AgreementCatalogue {

    /** The listing of changes for sync, oldest change first, which its cursors carry. */
    public static final String CHANGES = "agreements:changes";

    private static final TypeReference<List<AgreementEntry.ParticipationEntry>> PARTICIPATIONS = new TypeReference<>() { };

    private static final String SELECT = """
            select a.id, a.name_en, a.name_ru, a.kind, a.multilateral, a.summary_en, a.summary_ru,
                   a.opened_earliest, a.opened_latest, a.opened_precision, a.opened_approximate,
                   a.version, a.updated_at, a.deleted_at,
                   (select coalesce(json_agg(json_build_object(
                                'stateCode', p.state_code, 'nameEn', s.name_en, 'nameRu', s.name_ru, 'role', p.role,
                                'steps', (select coalesce(json_agg(json_build_object(
                                                 'position', ps.position, 'step', ps.step,
                                                 'date', json_build_object('earliest', ps.date_earliest,
                                                         'latest', ps.date_latest, 'precision', ps.date_precision,
                                                         'approximate', ps.date_approximate),
                                                 'source', json_build_object('id', so.id, 'outlet', so.outlet,
                                                         'title', so.title, 'url', so.url, 'publishedOn', so.published_on,
                                                         'language', so.language, 'quotedPassage', ps.quoted_passage))
                                                 order by ps.position), '[]')
                                            from participation_step ps join source so on so.id = ps.source_id
                                           where ps.participation_id = p.id))
                                order by p.state_code), '[]')
                      from participation p join state s on s.code = p.state_code
                     where p.agreement_id = a.id) as participations
              from agreement a
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AgreementCatalogue(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The page of live agreements that match {@code filter}, in {@code order}, after {@code after}. */
    public Page<AgreementEntry> page(AgreementFilter filter, AgreementOrder order, @Nullable PageCursor after, int limit) {
        SqlConditions where = matching(filter).add("a.deleted_at is null");
        if (after != null) {
            where.add(order.after()).bind("afterKey", order.keyValue(after.key())).bind("afterId", after.id());
        }
        return Page.cut(run(where, order.orderBy(), limit + 1), limit,
                last -> new PageCursor(order.listing(), order.key(last), last.id()));
    }

    /**
     * What changed since {@code since} among the agreements that match {@code filter}, oldest
     * change first, deleted ones included (their {@code deletedAt} is set). A new or removed
     * participation or step is a change of its agreement.
     */
    public Page<AgreementEntry> changesSince(AgreementFilter filter, Instant since, @Nullable PageCursor after, int limit) {
        SqlConditions where = matching(filter).add("a.updated_at >= :since").bind("since", utc(since));
        if (after != null) {
            where.add("(a.updated_at, a.id) > (:afterUpdatedAt, :afterId)")
                    .bind("afterUpdatedAt", utc(Instant.parse(after.key()))).bind("afterId", after.id());
        }
        return Page.cut(run(where, " order by a.updated_at, a.id", limit + 1), limit,
                last -> new PageCursor(CHANGES, last.updatedAt().toString(), last.id()));
    }

    /** How many live agreements match {@code filter}: what all pages together hold. */
    public long count(AgreementFilter filter) {
        SqlConditions where = matching(filter).add("a.deleted_at is null");
        return jdbc.sql("select count(*) from agreement a" + where.where()).params(where.parameters())
                .query(Long.class).single();
    }

    /** One live agreement. */
    public Optional<AgreementEntry> entry(long id) {
        SqlConditions where = new SqlConditions().add("a.deleted_at is null").add("a.id = :id").bind("id", id);
        return run(where, "", 1).stream().findFirst();
    }

    private static SqlConditions matching(AgreementFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter.state() != null) {
            where.add("exists (select 1 from participation p where p.agreement_id = a.id and p.state_code = :state)")
                    .bind("state", filter.state());
        }
        if (!filter.kinds().isEmpty()) {
            where.add("a.kind in (:kinds)").bind("kinds", filter.kinds().stream().map(Enum::name).toList());
        }
        if (filter.text() != null) {
            where.add("(a.name_en ilike :text or a.name_ru ilike :text)").bind("text", SqlConditions.containing(filter.text()));
        }
        return where;
    }

    private List<AgreementEntry> run(SqlConditions where, String orderBy, int limit) {
        where.bind("limit", limit);
        return jdbc.sql(SELECT + where.where() + orderBy + " limit :limit").params(where.parameters())
                .query(this::toEntry).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private AgreementEntry toEntry(ResultSet row, int rowNumber) throws SQLException {
        LocalDate openedEarliest = row.getObject("opened_earliest", LocalDate.class);
        UncertainDate opened = openedEarliest == null ? null
                : new UncertainDate(openedEarliest, row.getObject("opened_latest", LocalDate.class),
                        DatePrecision.valueOf(row.getString("opened_precision")), row.getBoolean("opened_approximate"));
        OffsetDateTime deletedAt = row.getObject("deleted_at", OffsetDateTime.class);
        return new AgreementEntry(
                row.getLong("id"),
                row.getString("name_en"),
                row.getString("name_ru"),
                AgreementKind.valueOf(row.getString("kind")),
                row.getBoolean("multilateral"),
                row.getString("summary_en"),
                row.getString("summary_ru"),
                opened,
                json.readValue(row.getString("participations"), PARTICIPATIONS),
                row.getLong("version"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant(),
                deletedAt == null ? null : deletedAt.toInstant());
    }
}
