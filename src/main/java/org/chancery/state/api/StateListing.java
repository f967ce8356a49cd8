package org.chancery.state.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.chancery.common.Bilingual;
import org.chancery.common.query.CodePosition;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.Listing;
import org.chancery.common.query.TableReads;
import org.chancery.common.query.WhereClause;
import org.chancery.state.api.StateListParameters.StateFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The states' read side: by alpha-2 code, in keyset pages (all 249 fit one page of 500). */
@Component
@Transactional(readOnly = true)
class StateListing implements Listing<StateFilter, CodePosition, StateResponse> {

    private final JdbcClient jdbc;
    private final TableReads<StateResponse> reads;

    StateListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.reads = new TableReads<>(jdbc, TableReads.Table.hardDeleted("state", "s", "code", "state"),
                "s.code, s.alpha3, s.numeric_code, s.name_en, s.name_ru, s.region", (row, number) -> response(row));
    }

    @Override
    public KeysetPage<StateResponse> page(StateFilter filter, @Nullable CodePosition after, int limit) {
        WhereClause where = matching(filter);
        if (after != null) {
            after.after(where, "s.code");
        }
        return reads.page(where, "s.code", limit, state -> new CodePosition(state.code()).cursor());
    }

    @Override
    public long count(StateFilter filter) {
        return reads.count(matching(filter));
    }

    /** The state with this alpha-2 code, in any case. */
    StateResponse get(String code) {
        return reads.get(code.toUpperCase(Locale.ROOT));
    }

    /** The alpha-2 code of the state that has {@code code} as its alpha-3 or numeric code. */
    Optional<String> alpha2For(String code) {
        return jdbc.sql("select code from state where alpha3 = :code or numeric_code = :code")
                .param("code", code.toUpperCase(Locale.ROOT)).query(String.class).optional();
    }

    Set<String> regions() {
        return new LinkedHashSet<>(jdbc.sql("select distinct region from state where region is not null order by region")
                .query(String.class).list());
    }

    private static WhereClause matching(StateFilter filter) {
        WhereClause where = new WhereClause();
        if (filter.text() != null) {
            where.parameter("code", filter.text().toUpperCase(Locale.ROOT))
                    .and("(s.name_en ilike :text or s.name_ru ilike :text or s.code = :code or s.alpha3 = :code"
                            + " or s.numeric_code = :code)", "text", WhereClause.containing(filter.text()));
        }
        if (filter.region() != null) {
            where.and("lower(s.region) = lower(:region)", "region", filter.region());
        }
        return where;
    }

    private static StateResponse response(ResultSet row) throws SQLException {
        return new StateResponse(row.getString("code"), row.getString("alpha3"), row.getString("numeric_code"),
                new Bilingual(row.getString("name_en"), row.getString("name_ru")), row.getString("region"));
    }
}
