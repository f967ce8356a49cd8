package org.chancery.person.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.chancery.common.Bilingual;
import org.chancery.common.NotFoundException;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.Listing;
import org.chancery.common.query.NamePosition;
import org.chancery.common.query.TableReads;
import org.chancery.common.query.WhereClause;
import org.chancery.person.api.OfficeListParameters.OfficeFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offices' read side: one statement a page, by English title, cut by keyset on (title,
 * id); the terms held in each office come aggregated as JSON in the same statement.
 */
@Component
@Transactional(readOnly = true)
class OfficeListing implements Listing<OfficeFilter, NamePosition, OfficeResponse> {

    private static final TypeReference<List<TermResponse>> TERMS = new TypeReference<>() { };

    private final TableReads<OfficeResponse> reads;
    private final JsonMapper json;

    OfficeListing(JdbcClient jdbc, JsonMapper json) {
        this.json = json;
        this.reads = new TableReads<>(jdbc, TableReads.Table.hardDeleted("office", "o", "id", "office"), """
                o.id, o.title_en, o.title_ru, o.state_code, o.institution_id, o.version, o.updated_at,
                (select coalesce(json_agg(json_build_object('id', t.id, 'officeId', t.office_id, 'personId', t.person_id,
                             'from', t.held_from, 'to', t.held_to) order by t.held_from nulls first, t.id), '[]')
                   from office_term t where t.office_id = o.id) as terms""", (row, number) -> response(row));
    }

    @Override
    public KeysetPage<OfficeResponse> page(OfficeFilter filter, @Nullable NamePosition after, int limit) {
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

    OfficeResponse get(long id) {
        return reads.get(id);
    }

    /** One term of an office. */
    TermResponse term(long officeId, long termId) {
        return get(officeId).terms().stream().filter(term -> term.id() == termId).findFirst()
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

    private OfficeResponse response(ResultSet row) throws SQLException {
        return new OfficeResponse(row.getLong("id"), new Bilingual(row.getString("title_en"), row.getString("title_ru")),
                row.getString("state_code"), row.getObject("institution_id", Long.class),
                json.readValue(row.getString("terms"), TERMS), row.getLong("version"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
