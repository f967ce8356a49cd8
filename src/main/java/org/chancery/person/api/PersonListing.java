package org.chancery.person.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.chancery.common.Bilingual;
import org.chancery.common.query.ChangePosition;
import org.chancery.common.query.ChangedRecord;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.Listing;
import org.chancery.common.query.NamePosition;
import org.chancery.common.query.TableReads;
import org.chancery.common.query.WhereClause;
import org.chancery.person.api.PersonListParameters.PersonFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The persons' read side: one statement a page, by English name, cut by keyset on (name,
 * id); the offices each person held come aggregated as JSON in the same statement.
 */
@Component
@Transactional(readOnly = true)
class PersonListing implements Listing<PersonFilter, NamePosition, PersonResponse> {

    private static final TypeReference<List<PersonResponse.HeldOffice>> OFFICES = new TypeReference<>() { };

    private final TableReads<PersonResponse> reads;
    private final JsonMapper json;

    PersonListing(JdbcClient jdbc, JsonMapper json) {
        this.json = json;
        this.reads = new TableReads<>(jdbc, TableReads.Table.softDeleted("person", "p", "person"), """
                p.id, p.name_en, p.name_ru, p.version, p.updated_at, p.deleted_at,
                (select coalesce(json_agg(json_build_object('termId', t.id, 'officeId', o.id,
                             'title', json_build_object('en', o.title_en, 'ru', o.title_ru), 'state', o.state_code,
                             'institutionId', o.institution_id, 'from', t.held_from, 'to', t.held_to)
                             order by t.held_from nulls first, t.id), '[]')
                   from office_term t join office o on o.id = t.office_id
                  where t.person_id = p.id) as offices""", (row, number) -> response(row));
    }

    @Override
    public KeysetPage<PersonResponse> page(PersonFilter filter, @Nullable NamePosition after, int limit) {
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
    public KeysetPage<ChangedRecord<PersonResponse>> changesSince(PersonFilter filter, Instant since,
            @Nullable ChangePosition after, int limit) {
        return reads.changesSince(matching(filter, new WhereClause()), since, after, limit, PersonResponse::id,
                PersonResponse::updatedAt);
    }

    /** A live person. */
    PersonResponse get(long id) {
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

    private PersonResponse response(ResultSet row) throws SQLException {
        return new PersonResponse(row.getLong("id"), new Bilingual(row.getString("name_en"), row.getString("name_ru")),
                json.readValue(row.getString("offices"), OFFICES), row.getLong("version"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
