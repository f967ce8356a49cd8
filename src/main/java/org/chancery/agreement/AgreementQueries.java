package org.chancery.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.chancery.common.DatePrecision;
import org.chancery.common.Language;
import org.chancery.common.NotFoundException;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateColumns;
import org.chancery.common.query.ChangeFeed;
import org.chancery.common.query.ChangePosition;
import org.chancery.common.query.ChangedRecord;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.WhereClause;
import org.chancery.event.EventQueries;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.event.timeline.TimelineFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every read of agreements: the pages' list, one agreement with every participant's steps and
 * a state's agreements with its standing in each; the API's pages, count and changes, where
 * each agreement's participations, with their states' names and their steps, each step with
 * its source, come back as JSON aggregated in the same statement; one statement per list or
 * page, never one per row, pages cut by keyset. Deleted agreements are left out, except from
 * {@link #detail} (its page says when and why) and {@link #changesSince}, where scripts that
 * sync must learn of them.
 */
@Service
@Transactional(readOnly = true)
public class AgreementQueries {

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


    static final int EVENTS = 50;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventQueries eventQueries;
    private final AgreementService agreements;

    AgreementQueries(JdbcClient jdbc, JsonMapper json, EventQueries eventQueries, AgreementService agreements) {
        this.jdbc = jdbc;
        this.json = json;
        this.eventQueries = eventQueries;
        this.agreements = agreements;
    }

    /** An agreement as the list shows it. */
    public record AgreementSummary(long id, String nameEn, String nameRu, String kind, boolean multilateral,
            @Nullable UncertainDate opened, int participants, int openCommitments) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    /**
     * One agreement with its participants and the events concerning it; a deleted one too,
     * so that its page can say when and why it was deleted (and an admin restore it).
     */
    public record AgreementDetail(AgreementSummary agreement, @Nullable String summaryEn, @Nullable String summaryRu,
            List<Participant> participants, List<TimelineEntry> events, long version, @Nullable Instant deletedAt,
            @Nullable String deletionReason) {

        public boolean isDeleted() {
            return deletedAt != null;
        }

        public @Nullable String summary(Locale locale) {
            if (Language.isRussian(locale)) {
                return summaryRu != null ? summaryRu : summaryEn;
            }
            return summaryEn != null ? summaryEn : summaryRu;
        }
    }

    /** A state in the agreement: its steps in order, and where that leaves it today. */
    public record Participant(String stateCode, String nameEn, String nameRu, Standing standing, List<StepRecord> steps) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    /** One step with the source that reports it and the source's words. */
    public record StepRecord(String step, UncertainDate date, long sourceId, @Nullable String outlet, String sourceTitle,
            @Nullable String url, @Nullable LocalDate publishedOn, String quotedPassage) {

        public String sourceName() {
            return outlet != null ? outlet : sourceTitle;
        }
    }

    /** A state's part in one agreement, for the state's page. */
    public record Membership(long agreementId, String nameEn, String nameRu, String kind, Standing standing) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    private static final String SUMMARY = """
            select a.id, a.name_en, a.name_ru, a.kind, a.multilateral, a.summary_en, a.summary_ru,
                   a.opened_earliest, a.opened_latest, a.opened_precision, a.opened_approximate,
                   (select count(*) from participation p where p.agreement_id = a.id) as participants,
                   (select count(*) from participation p
                     where p.agreement_id = a.id
                       and (select st.step from participation_step st where st.participation_id = p.id
                             order by st.position desc limit 1) = 'ANNOUNCED') as open_commitments,
                   a.version, a.deleted_at, a.deletion_reason
              from agreement a
            """;

    /** Every live agreement. */
    public List<AgreementSummary> all() {
        return jdbc.sql(SUMMARY + " where a.deleted_at is null order by a.name_en, a.id").query((row, n) -> summary(row)).list();
    }

    /** @throws AgreementNotFoundException if there never was an agreement with that id */
    public AgreementDetail detail(long id, LocalDate today) {
        record Head(AgreementSummary summary, @Nullable String summaryEn, @Nullable String summaryRu, long version,
                @Nullable Instant deletedAt, @Nullable String deletionReason) {
        }
        Head head = jdbc.sql(SUMMARY + " where a.id = :id").param("id", id)
                .query((row, n) -> {
                    OffsetDateTime deletedAt = row.getObject("deleted_at", OffsetDateTime.class);
                    return new Head(summary(row), row.getString("summary_en"), row.getString("summary_ru"),
                            row.getLong("version"), deletedAt == null ? null : deletedAt.toInstant(),
                            row.getString("deletion_reason"));
                })
                .optional()
                .orElseThrow(() -> AgreementNotFoundException.forId(id));
        record Row(String code, String nameEn, String nameRu, String role, @Nullable StepRecord step) {
        }
        List<Row> rows = jdbc.sql("""
                        select p.state_code, s.name_en, s.name_ru, p.role, st.step,
                               st.date_earliest, st.date_latest, st.date_precision, st.date_approximate, st.quoted_passage,
                               so.id as source_id, so.outlet, so.title, so.url, so.published_on
                          from participation p
                          join state s on s.code = p.state_code
                          left join participation_step st on st.participation_id = p.id
                          left join source so on so.id = st.source_id
                         where p.agreement_id = :id
                         order by p.state_code, st.position""")
                .param("id", id)
                .query((row, n) -> new Row(row.getString("state_code").strip(), row.getString("name_en"),
                        row.getString("name_ru"), row.getString("role"),
                        row.getString("step") == null ? null : new StepRecord(row.getString("step"),
                                UncertainDateColumns.read(row, "date"), row.getLong("source_id"), row.getString("outlet"),
                                row.getString("title"), row.getString("url"), row.getObject("published_on", LocalDate.class),
                                row.getString("quoted_passage"))))
                .list();
        Map<String, List<Row>> byState = new LinkedHashMap<>();
        rows.forEach(row -> byState.computeIfAbsent(row.code(), code -> new ArrayList<>()).add(row));
        List<Participant> participants = new ArrayList<>();
        byState.forEach((code, stateRows) -> {
            Row first = stateRows.getFirst();
            List<StepRecord> steps = stateRows.stream().map(Row::step).filter(Objects::nonNull).toList();
            StepRecord last = steps.isEmpty() ? null : steps.getLast();
            participants.add(new Participant(code, first.nameEn(), first.nameRu(),
                    Standing.of(code, first.role(), last == null ? null : last.step(), last == null ? null : last.date(), today),
                    steps));
        });
        // Parties before facilitators and observers; among them, who took the first step first.
        participants.sort(Comparator.comparing((Participant p) -> !"PARTY".equals(p.standing().role()))
                .thenComparing(p -> p.steps().isEmpty() ? LocalDate.MAX : p.steps().getFirst().date().earliest())
                .thenComparing(Participant::nameEn));
        return new AgreementDetail(head.summary(), head.summaryEn(), head.summaryRu(), List.copyOf(participants),
                eventQueries.page(TimelineFilter.ofAgreement(id), null, EVENTS).entries(), head.version(), head.deletedAt(),
                head.deletionReason());
    }

    /** The live agreements a state takes part in, with its standing in each. */
    public List<Membership> ofState(String code, LocalDate today) {
        return jdbc.sql("""
                        select a.id, a.name_en, a.name_ru, a.kind, p.state_code, p.role,
                               last.step, last.date_earliest, last.date_latest, last.date_precision, last.date_approximate
                          from participation p
                          join agreement a on a.id = p.agreement_id
                          left join lateral (
                               select st.step, st.date_earliest, st.date_latest, st.date_precision, st.date_approximate
                                 from participation_step st
                                where st.participation_id = p.id
                                order by st.position desc
                                limit 1) last on true
                         where p.state_code = :code and a.deleted_at is null
                         order by a.name_en, a.id""")
                .param("code", code)
                .query((row, n) -> new Membership(row.getLong("id"), row.getString("name_en"), row.getString("name_ru"),
                        row.getString("kind"), Standing.of(row.getString("state_code"), row.getString("role"),
                                row.getString("step"), UncertainDateColumns.readNullable(row, "date"), today)))
                .list();
    }

    private static AgreementSummary summary(ResultSet row) throws SQLException {
        return new AgreementSummary(row.getLong("id"), row.getString("name_en"), row.getString("name_ru"),
                row.getString("kind"), row.getBoolean("multilateral"), UncertainDateColumns.readNullable(row, "opened"),
                row.getInt("participants"), row.getInt("open_commitments"));
    }

    /**
     * One live agreement as the API serves it.
     *
     * @throws NotFoundException    if there never was one
     * @throws org.chancery.common.RecordGoneException if it was deleted
     */
    public AgreementEntry live(long id) {
        return entry(id).orElseThrow(() -> {
            agreements.live(id); // throws: not found where there never was one, gone where it was deleted
            return NotFoundException.forId("agreement", id);
        });
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
