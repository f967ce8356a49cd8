package org.chancery.institution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.chancery.common.Bilingual;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateColumns;
import org.chancery.common.Language;
import org.chancery.common.query.ChangePosition;
import org.chancery.common.query.ChangedRecord;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.Listing;
import org.chancery.common.query.NameMatch;
import org.chancery.common.query.NamePosition;
import org.chancery.common.query.TableReads;
import org.chancery.common.query.WhereClause;
import org.chancery.common.query.WordsMatch;
import org.chancery.event.EventQueries;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.event.timeline.TimelineFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of institutions: an institution's page (what it is, the offices within it and who
 * held them, its events; of a deleted one, only what it was and when and why it was deleted)
 * and the API's list, one statement a page, by English name, cut by keyset on (name, id).
 */
@Service
@Transactional(readOnly = true)
public class InstitutionQueries implements Listing<InstitutionFilter, NamePosition, InstitutionEntry> {

    static final int EVENTS = 50;

    private final JdbcClient jdbc;
    private final EventQueries eventQueries;
    private final TableReads<InstitutionEntry> reads;

    InstitutionQueries(JdbcClient jdbc, EventQueries eventQueries) {
        this.jdbc = jdbc;
        this.eventQueries = eventQueries;
        this.reads = new TableReads<>(jdbc, TableReads.Table.softDeleted("institution", "i", "institution"),
                "i.id, i.name_en, i.name_ru, i.state_code, i.kind, i.version, i.updated_at, i.deleted_at",
                (row, number) -> entry(row));
    }

    public record InstitutionProfile(long id, String nameEn, String nameRu, String kind, @Nullable String stateCode,
            @Nullable String stateNameEn, @Nullable String stateNameRu, List<OfficeHolder> offices, List<TimelineEntry> events,
            @Nullable Instant deletedAt, @Nullable String deletionReason) {

        public boolean deleted() {
            return deletedAt != null;
        }

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }

        public @Nullable String stateName(Locale locale) {
            return Language.pick(locale, stateNameEn, stateNameRu);
        }
    }

    /** An office within the institution and one person who held it (none where no term is recorded). */
    public record OfficeHolder(String titleEn, String titleRu, @Nullable Long personId, @Nullable String personEn,
            @Nullable String personRu, @Nullable UncertainDate from, @Nullable UncertainDate to) {

        public String title(Locale locale) {
            return Language.pick(locale, titleEn, titleRu);
        }

        public @Nullable String person(Locale locale) {
            return Language.pick(locale, personEn, personRu);
        }
    }

    /** @throws InstitutionNotFoundException if there is no institution with that id */
    public InstitutionProfile profile(long id) {
        record Head(String nameEn, String nameRu, String kind, @Nullable String stateCode, @Nullable String stateEn,
                @Nullable String stateRu, @Nullable Instant deletedAt, @Nullable String deletionReason) {
        }
        Head head = jdbc.sql("""
                        select i.name_en, i.name_ru, i.kind, i.state_code, s.name_en as state_en, s.name_ru as state_ru,
                               i.deleted_at, i.deletion_reason
                          from institution i left join state s on s.code = i.state_code
                         where i.id = :id""")
                .param("id", id)
                .query((row, n) -> {
                    OffsetDateTime deletedAt = row.getObject("deleted_at", OffsetDateTime.class);
                    return new Head(row.getString("name_en"), row.getString("name_ru"), row.getString("kind"),
                            row.getString("state_code") == null ? null : row.getString("state_code").strip(),
                            row.getString("state_en"), row.getString("state_ru"),
                            deletedAt == null ? null : deletedAt.toInstant(), row.getString("deletion_reason"));
                })
                .optional()
                .orElseThrow(() -> InstitutionNotFoundException.forId(id));
        if (head.deletedAt() != null) {
            return new InstitutionProfile(id, head.nameEn(), head.nameRu(), head.kind(), head.stateCode(), head.stateEn(),
                    head.stateRu(), List.of(), List.of(), head.deletedAt(), head.deletionReason());
        }
        List<OfficeHolder> offices = jdbc.sql("""
                        select o.title_en, o.title_ru, p.id as person_id, p.name_en, p.name_ru,
                               t.held_from as from_earliest, t.held_from_latest as from_latest, t.held_from_precision as from_precision, t.held_from_approximate as from_approximate, t.held_to_earliest as to_earliest, t.held_to as to_latest, t.held_to_precision as to_precision, t.held_to_approximate as to_approximate
                          from office o
                          left join office_term t on t.office_id = o.id
                          left join person p on p.id = t.person_id
                         where o.institution_id = :id
                         order by o.title_en, t.held_from desc nulls last""")
                .param("id", id)
                .query((row, n) -> new OfficeHolder(row.getString("title_en"), row.getString("title_ru"),
                        row.getObject("person_id", Long.class), row.getString("name_en"), row.getString("name_ru"),
                        UncertainDateColumns.readNullable(row, "from"), UncertainDateColumns.readNullable(row, "to")))
                .list();
        return new InstitutionProfile(id, head.nameEn(), head.nameRu(), head.kind(), head.stateCode(), head.stateEn(),
                head.stateRu(), offices, eventQueries.page(TimelineFilter.involving(id), null, EVENTS).entries(), null, null);
    }

    /**
     * An institution of the record, as a type-ahead offers it, with its state, if any.
     */
    public record Suggestion(long id, Bilingual name, @Nullable String stateCode, @Nullable Bilingual state) {
    }

    /**
     * Up to {@code limit} live institutions whose names match {@code typed} ({@link NameMatch}),
     * best first, with those whose name, initials or state code fits every word typed
     * ({@link WordsMatch}: "МИД", "MFA Israel", "ministry KZ") after the names a word of which
     * starts so.
     */
    public List<Suggestion> suggest(String typed, int limit) {
        NameMatch match = NameMatch.of(typed);
        if (match.isEmpty()) {
            return List.of();
        }
        List<WordsMatch.NameFound<Suggestion>> byName = jdbc.sql(match.statement(SUGGESTION_COLUMNS, SUGGESTION_FROM, "i"))
                .params(match.parameters())
                .param("limit", limit)
                .query((row, n) -> new WordsMatch.NameFound<>(suggestion(row, n), row.getBoolean("word_start")))
                .list();
        WordsMatch words = WordsMatch.of(typed);
        List<Suggestion> byWords = jdbc.sql("select " + SUGGESTION_COLUMNS + " from " + SUGGESTION_FROM
                        + " where i.deleted_at is null and " + words.indexedCondition("i.name_en", "i.name_ru", "i.state_code")
                        + " and " + words.condition("i.name_en", "i.name_ru", "i.state_code") + " order by i.name_en, i.id limit :limit")
                .params(words.parameters())
                .param("limit", limit)
                .query(InstitutionQueries::suggestion)
                .list();
        return WordsMatch.rank(byName, byWords, Suggestion::id, limit);
    }

    private static final String SUGGESTION_COLUMNS =
            "i.id, i.name_en, i.name_ru, i.state_code, s.name_en as state_en, s.name_ru as state_ru";
    private static final String SUGGESTION_FROM = "institution i left join state s on s.code = i.state_code";

    private static Suggestion suggestion(ResultSet row, int n) throws SQLException {
        return new Suggestion(row.getLong("id"), new Bilingual(row.getString("name_en"), row.getString("name_ru")),
                row.getString("state_code") == null ? null : row.getString("state_code").strip(),
                row.getString("state_en") == null ? null : new Bilingual(row.getString("state_en"), row.getString("state_ru")));
    }

    @Override
    public KeysetPage<InstitutionEntry> page(InstitutionFilter filter, @Nullable NamePosition after, int limit) {
        WhereClause where = matching(filter, reads.live());
        if (after != null) {
            NamePosition.after(where, "i.name_en", "i", after);
        }
        return reads.page(where, "i.name_en, i.id", limit, institution -> new NamePosition(institution.name(), institution.id()).cursor());
    }

    @Override
    public long count(InstitutionFilter filter) {
        return reads.count(matching(filter, reads.live()));
    }

    @Override
    public KeysetPage<ChangedRecord<InstitutionEntry>> changesSince(InstitutionFilter filter, Instant since,
            @Nullable ChangePosition after, int limit) {
        return reads.changesSince(matching(filter, new WhereClause()), since, after, limit, InstitutionEntry::id,
                InstitutionEntry::updatedAt);
    }

    /** A live institution as the list shows it. */
    public InstitutionEntry entry(long id) {
        return reads.get(id);
    }

    private static WhereClause matching(InstitutionFilter filter, WhereClause where) {
        if (filter.text() != null) {
            where.and("(i.name_en ilike :text or i.name_ru ilike :text)", "text", WhereClause.containing(filter.text()));
        }
        if (filter.state() != null) {
            where.and("i.state_code = :state", "state", filter.state());
        }
        if (filter.kind() != null) {
            where.and("i.kind = :kind", "kind", filter.kind().name());
        }
        return where;
    }

    private static InstitutionEntry entry(ResultSet row) throws SQLException {
        return new InstitutionEntry(row.getLong("id"), new Bilingual(row.getString("name_en"), row.getString("name_ru")),
                row.getString("state_code"), InstitutionKind.valueOf(row.getString("kind")), row.getLong("version"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
