package org.chancery.source;

import org.chancery.common.query.WhereClause;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.chancery.common.RecordNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the sources' pages: the list, newest published first, and one source with the live
 * records that cite it, each with the passage it quotes. A deleted source is still read here
 * (with when and why), so its page can say so.
 */
@Service
@Transactional(readOnly = true)
public class SourceCatalogue {

    /** The list shows this many sources at most; a filter finds the others. */
    public static final int LIST_LIMIT = 200;

    private final JdbcClient jdbc;

    SourceCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
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

    /** @throws RecordNotFoundException if there never was a source with this id */
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
                .orElseThrow(() -> RecordNotFoundException.forId("source", id));
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
}
