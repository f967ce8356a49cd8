package org.chancery.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.chancery.common.UncertainDate;
import org.chancery.common.UncertainDateColumns;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chancery.audit.ChangeLog.ChangeEntry;
import org.chancery.audit.ChangeLog;
import org.chancery.common.Bilingual;
import org.chancery.common.Language;
import org.chancery.common.NotFoundException;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.Listing;
import org.chancery.common.query.NamePosition;
import org.chancery.common.query.TableReads;
import org.chancery.common.query.WhereClause;
import org.chancery.common.query.WordsMatch;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every read of offices and their terms: what the office pages and forms show (an office with
 * who held it when, one term as its form edits it, and the choices of the forms: the offices
 * to give someone, the institutions an office can sit in) and the API's list, one statement a
 * page, by English title, cut by keyset on (title, id), the terms held in each office
 * aggregated as JSON in the same statement.
 */
@Service
@Transactional(readOnly = true)
public class OfficeQueries implements Listing<OfficeFilter, NamePosition, OfficeEntry> {

    private static final TypeReference<List<OfficeEntry.Term>> TERMS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final JsonMapper json;
    private final TableReads<OfficeEntry> reads;

    OfficeQueries(JdbcClient jdbc, ChangeLog changeLog, JsonMapper json) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.json = json;
        this.reads = new TableReads<>(jdbc, TableReads.Table.hardDeleted("office", "o", "id", "office"), """
                o.id, o.title_en, o.title_ru, o.state_code, o.institution_id, o.version, o.updated_at,
                (select coalesce(json_agg(json_build_object('id', t.id, 'officeId', t.office_id, 'personId', t.person_id,
                             'from', export_edtf(t.held_from, t.held_from_latest, t.held_from_precision, t.held_from_approximate), 'to', export_edtf(t.held_to_earliest, t.held_to, t.held_to_precision, t.held_to_approximate)) order by t.held_from nulls first, t.id), '[]')
                   from office_term t where t.office_id = o.id) as terms""", (row, number) -> entry(row));
    }

    /** @param history the office's history, oldest first */
    public record OfficeProfile(long id, String titleEn, String titleRu, String stateCode, String stateNameEn,
            String stateNameRu, @Nullable Long institutionId, @Nullable String institutionEn,
            @Nullable String institutionRu, List<Holder> holders, List<ChangeEntry> history) implements OfficeDescription {

        OfficeProfile with(List<Holder> theHolders, List<ChangeEntry> theHistory) {
            return new OfficeProfile(id, titleEn, titleRu, stateCode, stateNameEn, stateNameRu, institutionId,
                    institutionEn, institutionRu, theHolders, theHistory);
        }
    }

    /** One term of the office; an unknown start or end is null. */
    public record Holder(long termId, long personId, String nameEn, String nameRu, @Nullable UncertainDate from,
            @Nullable UncertainDate to) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    /** One term as its form shows it: whose, of which office (at which version), from when to when. */
    public record HeldTerm(long termId, long officeId, long officeVersion, String titleEn, String titleRu, long personId,
            String nameEn, String nameRu, @Nullable UncertainDate from, @Nullable UncertainDate to) {

        public String title(Locale locale) {
            return Language.pick(locale, titleEn, titleRu);
        }

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    /** A record a form offers to choose, by its name in either language. */
    public record Choice(long id, String nameEn, String nameRu) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    /** @throws OfficeNotFoundException if there is no office with that id */
    public OfficeProfile profile(long id) {
        OfficeProfile office = jdbc.sql("""
                        select o.title_en, o.title_ru, o.state_code, s.name_en as state_en, s.name_ru as state_ru,
                               i.id as institution_id, i.name_en as institution_en, i.name_ru as institution_ru
                          from office o
                          join state s on s.code = o.state_code
                          left join institution i on i.id = o.institution_id
                         where o.id = :id""")
                .param("id", id)
                .query((row, n) -> new OfficeProfile(id, row.getString("title_en"), row.getString("title_ru"),
                        row.getString("state_code").strip(), row.getString("state_en"), row.getString("state_ru"),
                        row.getObject("institution_id", Long.class), row.getString("institution_en"),
                        row.getString("institution_ru"), List.of(), List.of()))
                .optional()
                .orElseThrow(() -> OfficeNotFoundException.forId(id));
        return office.with(holders(id), changeLog.historyOf(OfficeService.RESOURCE, id));
    }

    /**
     * The term {@code termId}, provided {@code personId} holds it.
     *
     * @throws OfficeNotFoundException if there is no such term of that person
     */
    public HeldTerm term(long personId, long termId) {
        return jdbc.sql("""
                        select t.id, o.id as office_id, o.version, o.title_en, o.title_ru, p.name_en, p.name_ru,
                               t.held_from as from_earliest, t.held_from_latest as from_latest, t.held_from_precision as from_precision, t.held_from_approximate as from_approximate, t.held_to_earliest as to_earliest, t.held_to as to_latest, t.held_to_precision as to_precision, t.held_to_approximate as to_approximate
                          from office_term t
                          join office o on o.id = t.office_id
                          join person p on p.id = t.person_id
                         where t.id = :term and t.person_id = :person""")
                .param("term", termId)
                .param("person", personId)
                .query((row, n) -> new HeldTerm(termId, row.getLong("office_id"), row.getLong("version"),
                        row.getString("title_en"), row.getString("title_ru"), personId, row.getString("name_en"),
                        row.getString("name_ru"), UncertainDateColumns.readNullable(row, "from"), UncertainDateColumns.readNullable(row, "to")))
                .optional()
                .orElseThrow(() -> OfficeNotFoundException.forTerm(termId));
    }

    /** An office as the type-ahead of a new person's office offers it: its titles, its state and the institution it sits in, if any. */
    public record OfficeSuggestion(long id, Bilingual title, String stateCode, @Nullable Long institutionId,
            @Nullable Bilingual institution) {
    }

    /**
     * Up to {@code limit} offices whose title or state code fits every word typed
     * ({@link WordsMatch}: "foreign minister IL", "министр иностранных"), by English title.
     */
    public List<OfficeSuggestion> suggest(String typed, int limit) {
        WordsMatch words = WordsMatch.of(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select o.id, o.title_en, o.title_ru, o.state_code, i.id as institution_id,
                               i.name_en as institution_en, i.name_ru as institution_ru
                          from office o left join institution i on i.id = o.institution_id and i.deleted_at is null
                         where %s and %s
                         order by o.title_en, o.id limit :limit""".formatted(
                                 words.indexedCondition("o.title_en", "o.title_ru", "o.state_code"),
                                 words.condition("o.title_en", "o.title_ru", "o.state_code")))
                .params(words.parameters())
                .param("limit", limit)
                .query(OfficeQueries::officeSuggestion)
                .list();
    }

    private static OfficeSuggestion officeSuggestion(ResultSet row, int n) throws SQLException {
        return new OfficeSuggestion(row.getLong("id"),
                new Bilingual(row.getString("title_en"), row.getString("title_ru")), row.getString("state_code").strip(),
                row.getObject("institution_id", Long.class),
                row.getString("institution_en") == null ? null
                        : new Bilingual(row.getString("institution_en"), row.getString("institution_ru")));
    }

    /**
     * Up to {@code limit} offices titled {@code title} in English or Russian (case aside), in the
     * state {@code stateCode} if one is given, by English title: how a typed office is read back.
     */
    public List<OfficeSuggestion> titled(String title, @Nullable String stateCode, int limit) {
        return jdbc.sql("""
                        select o.id, o.title_en, o.title_ru, o.state_code, i.id as institution_id,
                               i.name_en as institution_en, i.name_ru as institution_ru
                          from office o left join institution i on i.id = o.institution_id and i.deleted_at is null
                         where (lower(o.title_en) = lower(:title) or lower(o.title_ru) = lower(:title))
                           and (cast(:state as text) is null or o.state_code = upper(cast(:state as text)))
                         order by o.title_en, o.state_code, o.id limit :limit""")
                .param("title", title.strip())
                .param("state", stateCode)
                .param("limit", limit)
                .query(OfficeQueries::officeSuggestion)
                .list();
    }

    /**
     * The office a typed title names, as the event form reads a new person's office: the one so
     * titled ({@link #titled}), else the one office whose titles (English and Russian together)
     * hold every typed word; empty when none or several do.
     */
    public Optional<OfficeSuggestion> named(String typed) {
        List<OfficeSuggestion> named = titled(typed, null, 2);
        if (named.isEmpty()) {
            List<String> words = Arrays.stream(typed.toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty()).toList();
            if (words.isEmpty()) {
                return Optional.empty();
            }
            StringBuilder where = new StringBuilder("true");
            Map<String, Object> parameters = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                where.append(" and strpos(lower(o.title_en || ' ' || o.title_ru), :w").append(i).append(") > 0");
                parameters.put("w" + i, words.get(i));
            }
            named = jdbc.sql("""
                            select o.id, o.title_en, o.title_ru, o.state_code, i.id as institution_id,
                                   i.name_en as institution_en, i.name_ru as institution_ru
                              from office o left join institution i on i.id = o.institution_id and i.deleted_at is null
                             where %s
                             order by o.title_en, o.state_code, o.id limit 2""".formatted(where))
                    .params(parameters)
                    .query(OfficeQueries::officeSuggestion)
                    .list();
        }
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    /** Whether the record has an office of this number. */
    public boolean exists(long id) {
        return jdbc.sql("select exists (select 1 from office where id = :id)").param("id", id).query(Boolean.class).single();
    }

    /** An institution of the record by its number, deleted or not, as an office's form names it. */
    public Optional<Choice> institution(long id) {
        return jdbc.sql("select id, name_en, name_ru from institution where id = :id").param("id", id)
                .query((row, n) -> new Choice(row.getLong("id"), row.getString("name_en"), row.getString("name_ru")))
                .optional();
    }

    private List<Holder> holders(long officeId) {
        return jdbc.sql("""
                        select t.id, p.id as person_id, p.name_en, p.name_ru, t.held_from as from_earliest, t.held_from_latest as from_latest, t.held_from_precision as from_precision, t.held_from_approximate as from_approximate, t.held_to_earliest as to_earliest, t.held_to as to_latest, t.held_to_precision as to_precision, t.held_to_approximate as to_approximate
                          from office_term t join person p on p.id = t.person_id
                         where t.office_id = :id
                         order by t.held_from desc nulls last, t.held_to desc nulls first, t.id""")
                .param("id", officeId)
                .query((row, n) -> new Holder(row.getLong("id"), row.getLong("person_id"), row.getString("name_en"),
                        row.getString("name_ru"), UncertainDateColumns.readNullable(row, "from"), UncertainDateColumns.readNullable(row, "to")))
                .list();
    }

    @Override
    public KeysetPage<OfficeEntry> page(OfficeFilter filter, @Nullable NamePosition after, int limit) {
        WhereClause where = matching(filter, reads.live());
        if (after != null) {
            NamePosition.after(where, "o.title_en", "o", after);
        }
        return reads.page(where, "o.title_en, o.id", limit, office -> new NamePosition(office.title(), office.id()).cursor());
    }

    @Override
    public long count(OfficeFilter filter) {
        return reads.count(matching(filter, reads.live()));
    }

    /** An office as the list shows it. */
    public OfficeEntry entry(long id) {
        return reads.get(id);
    }

    /** One term of an office, as the list shows it. */
    public OfficeEntry.Term termOfOffice(long officeId, long termId) {
        return entry(officeId).terms().stream().filter(term -> term.id() == termId).findFirst()
                .orElseThrow(() -> NotFoundException.forId("term of this office", termId));
    }

    private static WhereClause matching(OfficeFilter filter, WhereClause where) {
        if (filter.text() != null) {
            where.and("(o.title_en ilike :text or o.title_ru ilike :text)", "text", WhereClause.containing(filter.text()));
        }
        if (filter.state() != null) {
            where.and("o.state_code = :state", "state", filter.state());
        }
        return where;
    }

    private OfficeEntry entry(ResultSet row) throws SQLException {
        return new OfficeEntry(row.getLong("id"), new Bilingual(row.getString("title_en"), row.getString("title_ru")),
                row.getString("state_code"), row.getObject("institution_id", Long.class),
                json.readValue(row.getString("terms"), TERMS), row.getLong("version"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
