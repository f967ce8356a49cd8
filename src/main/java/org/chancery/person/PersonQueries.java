package org.chancery.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.chancery.audit.ChangeLog.ChangeEntry;
import org.chancery.audit.ChangeLog;
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

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every read of persons: a person's page (the offices held over time, the events attended and
 * the history, in three statements; of a deleted person, when and why they were deleted
 * instead of the events) and the API's list, one statement a page, by English name, cut by
 * keyset on (name, id), the offices each person held aggregated as JSON in the same statement.
 */
@Service
@Transactional(readOnly = true)
public class PersonQueries implements Listing<PersonFilter, NamePosition, PersonEntry> {

    private static final TypeReference<List<PersonEntry.Term>> TERMS = new TypeReference<>() { };

    static final int EVENTS = 50;

    private final JdbcClient jdbc;
    private final EventQueries eventQueries;
    private final ChangeLog changeLog;
    private final JsonMapper json;
    private final TableReads<PersonEntry> reads;

    PersonQueries(JdbcClient jdbc, EventQueries eventQueries, ChangeLog changeLog, JsonMapper json) {
        this.jdbc = jdbc;
        this.eventQueries = eventQueries;
        this.changeLog = changeLog;
        this.json = json;
        this.reads = new TableReads<>(jdbc, TableReads.Table.softDeleted("person", "p", "person"), """
                p.id, p.name_en, p.name_ru, p.version, p.updated_at, p.deleted_at,
                (select coalesce(json_agg(json_build_object('termId', t.id, 'officeId', o.id,
                             'title', json_build_object('en', o.title_en, 'ru', o.title_ru), 'state', o.state_code,
                             'institutionId', o.institution_id,
                             'from', export_edtf(t.held_from, t.held_from_latest, t.held_from_precision, t.held_from_approximate), 'to', export_edtf(t.held_to_earliest, t.held_to, t.held_to_precision, t.held_to_approximate))
                             order by t.held_from nulls first, t.id), '[]')
                   from office_term t join office o on o.id = t.office_id
                  where t.person_id = p.id) as offices""", (row, number) -> entry(row));
    }

    /**
     * @param deletion when and why the person was deleted, or null while they are in the record
     * @param history  the person's history, oldest first
     */
    public record PersonProfile(long id, String nameEn, String nameRu, long version, @Nullable Deletion deletion,
            List<HeldOffice> offices, List<TimelineEntry> events, List<ChangeEntry> history) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    public record Deletion(Instant at, @Nullable String reason) {
    }

    /**
     * One term of an office; an unknown start or end is null. {@code officeVersion} is what a
     * change of the term is made against (terms are a part of their office).
     */
    public record HeldOffice(long termId, long officeId, long officeVersion, String titleEn, String titleRu,
            String stateCode, String stateNameEn, String stateNameRu, @Nullable Long institutionId,
            @Nullable String institutionEn, @Nullable String institutionRu, @Nullable UncertainDate from,
            @Nullable UncertainDate to) implements OfficeDescription {
    }

    /** @throws PersonNotFoundException if there never was a person with that id */
    public PersonProfile profile(long id) {
        List<Row> rows = jdbc.sql("""
                        select p.name_en, p.name_ru, p.version, p.deleted_at, p.deletion_reason,
                               t.id as term_id, t.held_from as from_earliest, t.held_from_latest as from_latest, t.held_from_precision as from_precision, t.held_from_approximate as from_approximate, t.held_to_earliest as to_earliest, t.held_to as to_latest, t.held_to_precision as to_precision, t.held_to_approximate as to_approximate,
                               o.id as office_id, o.version as office_version,
                               o.title_en, o.title_ru, o.state_code, s.name_en as state_en, s.name_ru as state_ru,
                               i.id as institution_id, i.name_en as institution_en, i.name_ru as institution_ru
                          from person p
                          left join office_term t on t.person_id = p.id
                          left join office o on o.id = t.office_id
                          left join state s on s.code = o.state_code
                          left join institution i on i.id = o.institution_id
                         where p.id = :id
                         order by t.held_from desc nulls last, t.held_to desc nulls first, o.id""")
                .param("id", id)
                .query((row, n) -> {
                    OffsetDateTime deletedAt = row.getObject("deleted_at", OffsetDateTime.class);
                    Long termId = row.getObject("term_id", Long.class);
                    HeldOffice office = termId == null ? null : new HeldOffice(termId, row.getLong("office_id"),
                            row.getLong("office_version"), row.getString("title_en"), row.getString("title_ru"),
                            row.getString("state_code").strip(), row.getString("state_en"), row.getString("state_ru"),
                            row.getObject("institution_id", Long.class), row.getString("institution_en"),
                            row.getString("institution_ru"), UncertainDateColumns.readNullable(row, "from"), UncertainDateColumns.readNullable(row, "to"));
                    return new Row(row.getString("name_en"), row.getString("name_ru"), row.getLong("version"),
                            deletedAt == null ? null : new Deletion(deletedAt.toInstant(), row.getString("deletion_reason")),
                            office);
                })
                .list();
        if (rows.isEmpty()) {
            throw PersonNotFoundException.forId(id);
        }
        Row person = rows.getFirst();
        List<TimelineEntry> events = person.deletion() != null ? List.of()
                : eventQueries.page(TimelineFilter.attendedBy(id), null, EVENTS).entries();
        return new PersonProfile(id, person.nameEn(), person.nameRu(), person.version(), person.deletion(),
                rows.stream().map(Row::office).filter(Objects::nonNull).toList(), events,
                changeLog.historyOf(PersonService.RESOURCE, id));
    }

    private record Row(String nameEn, String nameRu, long version, @Nullable Deletion deletion, @Nullable HeldOffice office) {
    }

    /**
     * A person of the record, as a type-ahead offers them, with the office they hold today
     * (the latest begun, when several) and its state, if any.
     */
    public record Suggestion(long id, Bilingual name, @Nullable Bilingual office, @Nullable String stateCode,
            @Nullable Bilingual state) {
    }

    /**
     * Up to {@code limit} live persons whose names match {@code typed} ({@link NameMatch}), best
     * first, with those who hold today an office whose title or state code fits every word typed
     * ({@link WordsMatch}: "Foreign Minister", "МИД", "minister IL") after the names a word of
     * which starts so, each shown with that office.
     */
    public List<Suggestion> suggest(String typed, int limit) {
        NameMatch match = NameMatch.of(typed);
        if (match.isEmpty()) {
            return List.of();
        }
        List<WordsMatch.NameFound<Suggestion>> byName = jdbc.sql(match.statement(SUGGESTION_COLUMNS, SUGGESTION_FROM, "p"))
                .params(match.parameters())
                .param("limit", limit)
                .query((row, n) -> new WordsMatch.NameFound<>(suggestion(row, n), row.getBoolean("word_start")))
                .list();
        WordsMatch words = WordsMatch.of(typed);
        // From the offices that fit (found through V191's indexes) to their holders today, never
        // through every person.
        List<Suggestion> byOffice = jdbc.sql("""
                        with fitting as materialized (
                            select o.id from office o where %s and %s)
                        select distinct on (p.name_en, p.id) p.id, p.name_en, p.name_ru, o.title_en, o.title_ru, o.state_code,
                               s.name_en as state_en, s.name_ru as state_ru
                          from fitting f join office o on o.id = f.id
                          join office_term t on t.office_id = o.id and (t.held_to is null or t.held_to >= current_date)
                          join person p on p.id = t.person_id and p.deleted_at is null
                          left join state s on s.code = o.state_code
                         order by p.name_en, p.id, t.held_from desc nulls last
                         limit :limit""".formatted(words.indexedCondition("o.title_en", "o.title_ru", "o.state_code"),
                                words.condition("o.title_en", "o.title_ru", "o.state_code")))
                .params(words.parameters())
                .param("limit", limit)
                .query(PersonQueries::suggestion)
                .list();
        return WordsMatch.rank(byName, byOffice, Suggestion::id, limit);
    }

    private static final String SUGGESTION_COLUMNS = """
            p.id, p.name_en, p.name_ru, held.title_en, held.title_ru, held.state_code,
            s.name_en as state_en, s.name_ru as state_ru""";
    private static final String SUGGESTION_FROM = """
            person p
            left join lateral (select o.title_en, o.title_ru, o.state_code
                                 from office_term t join office o on o.id = t.office_id
                                where t.person_id = p.id and (t.held_to is null or t.held_to >= current_date)
                                order by t.held_from desc nulls last, t.id desc limit 1) held on true
            left join state s on s.code = held.state_code""";

    private static Suggestion suggestion(ResultSet row, int n) throws SQLException {
        return new Suggestion(row.getLong("id"), new Bilingual(row.getString("name_en"), row.getString("name_ru")),
                row.getString("title_en") == null ? null : new Bilingual(row.getString("title_en"), row.getString("title_ru")),
                row.getString("state_code") == null ? null : row.getString("state_code").strip(),
                row.getString("state_en") == null ? null : new Bilingual(row.getString("state_en"), row.getString("state_ru")));
    }

    @Override
    public KeysetPage<PersonEntry> page(PersonFilter filter, @Nullable NamePosition after, int limit) {
        WhereClause where = matching(filter, reads.live());
        if (after != null) {
            NamePosition.after(where, "p.name_en", "p", after);
        }
        return reads.page(where, "p.name_en, p.id", limit, person -> new NamePosition(person.name(), person.id()).cursor());
    }

    @Override
    public long count(PersonFilter filter) {
        return reads.count(matching(filter, reads.live()));
    }

    @Override
    public KeysetPage<ChangedRecord<PersonEntry>> changesSince(PersonFilter filter, Instant since,
            @Nullable ChangePosition after, int limit) {
        return reads.changesSince(matching(filter, new WhereClause()), since, after, limit, PersonEntry::id,
                PersonEntry::updatedAt);
    }

    /** A live person as the list shows them. */
    public PersonEntry entry(long id) {
        return reads.get(id);
    }

    private static WhereClause matching(PersonFilter filter, WhereClause where) {
        if (filter.text() != null) {
            where.and("(p.name_en ilike :text or p.name_ru ilike :text)", "text", WhereClause.containing(filter.text()));
        }
        if (filter.state() != null) {
            where.and("exists (select 1 from office_term t join office o on o.id = t.office_id"
                    + " where t.person_id = p.id and o.state_code = :state)", "state", filter.state());
        }
        return where;
    }

    private PersonEntry entry(ResultSet row) throws SQLException {
        return new PersonEntry(row.getLong("id"), new Bilingual(row.getString("name_en"), row.getString("name_ru")),
                json.readValue(row.getString("offices"), TERMS), row.getLong("version"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
