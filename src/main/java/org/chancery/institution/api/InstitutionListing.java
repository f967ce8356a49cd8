package org.chancery.institution.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.chancery.common.Bilingual;
import org.chancery.common.api.Listing;
import org.chancery.common.api.NamePosition;
import org.chancery.common.query.ChangePosition;
import org.chancery.common.query.ChangedRecord;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.TableReads;
import org.chancery.common.query.WhereClause;
import org.chancery.institution.api.InstitutionListParameters.InstitutionFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The institutions' read side: one statement a page, by English name, cut by keyset on (name, id). */
@Component
@Transactional(readOnly = true)
class InstitutionListing implements Listing<InstitutionFilter, NamePosition, InstitutionResponse> {

    private final TableReads<InstitutionResponse> reads;

    InstitutionListing(JdbcClient jdbc) {
        this.reads = new TableReads<>(jdbc, TableReads.Table.softDeleted("institution", "i", "institution"),
                "i.id, i.name_en, i.name_ru, i.state_code, i.kind, i.version, i.updated_at, i.deleted_at",
                (row, number) -> response(row));
    }

    @Override
    public KeysetPage<InstitutionResponse> page(InstitutionFilter filter, @Nullable NamePosition after, int limit) {
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
    public KeysetPage<ChangedRecord<InstitutionResponse>> changesSince(InstitutionFilter filter, Instant since,
            @Nullable ChangePosition after, int limit) {
        return reads.changesSince(matching(filter, new WhereClause()), since, after, limit, InstitutionResponse::id,
                InstitutionResponse::updatedAt);
    }

    /** A live institution. */
    InstitutionResponse get(long id) {
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

    private static InstitutionResponse response(ResultSet row) throws SQLException {
        return new InstitutionResponse(row.getLong("id"), new Bilingual(row.getString("name_en"), row.getString("name_ru")),
                row.getString("state_code"), row.getString("kind"), row.getLong("version"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
