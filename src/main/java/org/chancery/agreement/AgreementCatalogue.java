package org.chancery.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.chancery.common.DatePrecision;
import org.chancery.common.UncertainDate;
import org.chancery.common.query.ChangeFeed;
import org.chancery.common.query.ChangePosition;
import org.chancery.common.query.ChangedRecord;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.WhereClause;
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

    private static final TypeReference<List<AgreementEntry.ParticipationEntry>> PARTICIPATIONS = new TypeReference<>() { };

    private static final String SELECT = """
            select a.id, a.name_en, a.name_ru, a.kind, a.multilateral, a.summary_en, a.summary_ru,
                   a.opened_earliest, a.opened_latest, a.opened_precision, a.opened_approximate,
                   a.version, a.updated_at, a.deleted_at, a.change_xid,
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
    public KeysetPage<AgreementEntry> page(AgreementFilter filter, AgreementOrder order,
            AgreementOrder.@Nullable Position after, int limit) {
        WhereClause where = matching(filter).and("a.deleted_at is null");
        if (after != null) {
            where.parameter("afterKey", after.key()).parameter("afterId", after.id()).and(order.after());
        }
        return KeysetPage.cut(run(where, order.orderBy(), limit + 1), limit, order::cursor);
    }

    /**
     * What changed since {@code since} among the agreements that match {@code filter}, oldest
     * change first, deleted ones included (their {@code deletedAt} is set). A new or removed
     * participation or step is a change of its agreement.
     */
    public KeysetPage<ChangedRecord<AgreementEntry>> changesSince(AgreementFilter filter, Instant since,
            @Nullable ChangePosition after, int limit) {
        return ChangeFeed.page(jdbc, SELECT, "a", matching(filter), since, after, limit, (row, number) -> {
            AgreementEntry entry = toEntry(row, number);
            return new ChangedRecord<>(entry.id(), entry, entry.updatedAt(), entry.deletedAt(), row.getLong("change_xid"));
        });
    }

    /** How many live agreements match {@code filter}: what all pages together hold. */
    public long count(AgreementFilter filter) {
        WhereClause where = matching(filter).and("a.deleted_at is null");
        return jdbc.sql("select count(*) from agreement a" + where.sql()).params(where.parameters())
                .query(Long.class).single();
    }

    /** One live agreement. */
    public Optional<AgreementEntry> entry(long id) {
        WhereClause where = new WhereClause().and("a.deleted_at is null").and("a.id = :id", "id", id);
        return run(where, "", 1).stream().findFirst();
    }

    private static WhereClause matching(AgreementFilter filter) {
        WhereClause where = new WhereClause();
        if (filter.state() != null) {
            where.and("exists (select 1 from participation p where p.agreement_id = a.id and p.state_code = :state)",
                    "state", filter.state());
        }
        if (!filter.kinds().isEmpty()) {
            where.and("a.kind in (:kinds)", "kinds", filter.kinds().stream().map(Enum::name).toList());
        }
        if (filter.text() != null) {
            where.and("(a.name_en ilike :text or a.name_ru ilike :text)", "text", WhereClause.containing(filter.text()));
        }
        return where;
    }

    private List<AgreementEntry> run(WhereClause where, String orderBy, int limit) {
        where.parameter("limit", limit);
        return jdbc.sql(SELECT + where.sql() + orderBy + " limit :limit").params(where.parameters())
                .query(this::toEntry).list();
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
