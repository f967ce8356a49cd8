package org.chancery.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.chancery.common.Language;
import org.chancery.common.NotFoundException;
import org.chancery.common.query.ChangePosition;
import org.chancery.common.query.ChangedRecord;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.Listing;
import org.chancery.common.query.TableReads;
import org.chancery.common.query.WhereClause;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of sources: the pages' list, newest published first, and one source with the live
 * records that cite it, each with the passage it quotes (a deleted source is still read there,
 * with when and why, so its page can say so); and the API's list, one statement a page, the
 * counts of what cites each source included, newest published first (undated last), cut by
 * keyset on (published day, id).
 */
@Service
@Transactional(readOnly = true)
public class SourceQueries implements Listing<SourceFilter, SourcePosition, SourceEntry> {

    /** The list shows this many sources at most; a filter finds the others. */
    public static final int LIST_LIMIT = 200;

    private final JdbcClient jdbc;
    private final TableReads<SourceEntry> reads;

    SourceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.reads = new TableReads<>(jdbc, TableReads.Table.softDeleted("source", "s", "source"), """
                s.id, s.outlet, s.title, s.url, s.language, s.published_on, s.author, s.version, s.updated_at,
                s.deleted_at,
                """ + CitedBy.COLUMNS, (row, number) -> entry(row));
    }

    /** A line of the list. */
    public record SourceRow(long id, String title, @Nullable String outlet, @Nullable LocalDate publishedOn,
            String language) {
    }

    /** One source as its page shows it; {@code deletedAt} is set once it is deleted. */
    public record SourceDetail(long id, @Nullable String outlet, String title, @Nullable String url, String language,
            @Nullable LocalDate publishedOn, @Nullable String author, @Nullable Instant deletedAt,
            @Nullable String deletionReason) {

        public boolean deleted() {
            return deletedAt != null;
        }
    }

    /** What cites a source: an event, a step of an agreement, or an economic figure. */
    public enum CitingKind { EVENT, AGREEMENT_STEP, ECONOMIC_FIGURE }

    /**
     * A live record citing the source and the passage it quotes.
     *
     * @param id     the event's or the agreement's id, or the figure's
     * @param states the state taking the step ({@code KZ}), or the figure's pair ({@code KZ-IL}); null for an event
     * @param what   the step ({@code SIGNED}) or the figure's indicator ({@code EXPORTS}); null for an event
     */
    public record Citing(CitingKind kind, long id, String nameEn, String nameRu, @Nullable String states,
            @Nullable String what, String passage) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    /**
     * Live sources whose title, outlet or author contains {@code text} (all where it is
     * null), newest published first and undated last; one more than {@link #LIST_LIMIT}
     * where there are more, so the page can say so.
     */
    public List<SourceRow> newestFirst(@Nullable String text) {
        String filter = text == null || text.isBlank() ? null : WhereClause.containing(text.strip());
        return jdbc.sql("""
                        select id, title, outlet, published_on, language from source
                         where deleted_at is null
                           and (cast(:text as text) is null or title ilike :text or outlet ilike :text or author ilike :text)
                         order by published_on desc nulls last, id desc
                         limit :limit""")
                .param("text", filter)
                .param("limit", LIST_LIMIT + 1)
                .query((row, n) -> new SourceRow(row.getLong("id"), row.getString("title"), row.getString("outlet"),
                        row.getObject("published_on", LocalDate.class), row.getString("language")))
                .list();
    }

    /** @throws NotFoundException if there never was a source with this id */
    public SourceDetail detail(long id) {
        return jdbc.sql("""
                        select id, outlet, title, url, language, published_on, author, deleted_at, deletion_reason
                          from source where id = :id""")
                .param("id", id)
                .query((row, n) -> {
                    OffsetDateTime deletedAt = row.getObject("deleted_at", OffsetDateTime.class);
                    return new SourceDetail(row.getLong("id"), row.getString("outlet"), row.getString("title"),
                            row.getString("url"), row.getString("language"), row.getObject("published_on", LocalDate.class),
                            row.getString("author"), deletedAt == null ? null : deletedAt.toInstant(),
                            row.getString("deletion_reason"));
                })
                .optional()
                .orElseThrow(() -> NotFoundException.forId("source", id));
    }

    /** The live records citing the source (those that keep it from being deleted): events first, by date. */
    public List<Citing> citing(long sourceId) {
        return jdbc.sql("""
                        select 'EVENT' as kind, e.id, coalesce(e.title_en, e.title_ru) as name_en,
                               coalesce(e.title_ru, e.title_en) as name_ru, null as states, null as what,
                               es.quoted_passage, e.date_earliest as day
                          from event_source es join event e on e.id = es.event_id
                         where es.source_id = :id and e.deleted_at is null
                        union all
                        select 'AGREEMENT_STEP', a.id, a.name_en, a.name_ru, p.state_code, ps.step,
                               ps.quoted_passage, ps.date_earliest
                          from participation_step ps join participation p on p.id = ps.participation_id
                          join agreement a on a.id = p.agreement_id
                         where ps.source_id = :id and a.deleted_at is null
                        union all
                        select 'ECONOMIC_FIGURE', f.id, r.name_en || ' – ' || pa.name_en, r.name_ru || ' – ' || pa.name_ru,
                               f.reporter_code || '-' || f.partner_code, f.indicator, f.quoted_passage, f.period_earliest
                          from economic_figure f join state r on r.code = f.reporter_code join state pa on pa.code = f.partner_code
                         where f.source_id = :id and f.deleted_at is null
                         order by kind desc, day, id""")
                .param("id", sourceId)
                .query((row, n) -> new Citing(CitingKind.valueOf(row.getString("kind")), row.getLong("id"),
                        row.getString("name_en"), row.getString("name_ru"), row.getString("states"), row.getString("what"),
                        row.getString("quoted_passage")))
                .list();
    }

    @Override
    public KeysetPage<SourceEntry> page(SourceFilter filter, @Nullable SourcePosition after, int limit) {
        WhereClause where = matching(filter, reads.live());
        if (after != null && after.publishedOn() == null) {
            where.and("s.published_on is null and s.id < :afterId", "afterId", after.id());
        } else if (after != null) {
            where.parameter("afterPublished", after.publishedOn()).parameter("afterId", after.id())
                    .and("(s.published_on < :afterPublished or (s.published_on = :afterPublished and s.id < :afterId)"
                            + " or s.published_on is null)");
        }
        return reads.page(where, "s.published_on desc nulls last, s.id desc", limit,
                source -> new SourcePosition(source.publishedOn(), source.id()).cursor());
    }

    @Override
    public long count(SourceFilter filter) {
        return reads.count(matching(filter, reads.live()));
    }

    @Override
    public KeysetPage<ChangedRecord<SourceEntry>> changesSince(SourceFilter filter, Instant since,
            @Nullable ChangePosition after, int limit) {
        return reads.changesSince(matching(filter, new WhereClause()), since, after, limit, SourceEntry::id,
                SourceEntry::updatedAt);
    }

    /** A live source as the API's list shows it. */
    public SourceEntry entry(long id) {
        return reads.get(id);
    }

    private static WhereClause matching(SourceFilter filter, WhereClause where) {
        if (filter.text() != null) {
            where.and("(s.title ilike :text or s.outlet ilike :text or s.author ilike :text)",
                    "text", WhereClause.containing(filter.text()));
        }
        if (filter.language() != null) {
            where.and("lower(s.language) = lower(:language)", "language", filter.language());
        }
        if (filter.publishedFrom() != null) {
            where.and("s.published_on >= :publishedFrom", "publishedFrom", filter.publishedFrom());
        }
        if (filter.publishedTo() != null) {
            where.and("s.published_on <= :publishedTo", "publishedTo", filter.publishedTo());
        }
        return where;
    }

    private static SourceEntry entry(ResultSet row) throws SQLException {
        return new SourceEntry(row.getLong("id"), row.getString("outlet"), row.getString("title"), row.getString("url"),
                row.getString("language"), row.getObject("published_on", LocalDate.class), row.getString("author"),
                CitedBy.from(row), row.getLong("version"), row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
