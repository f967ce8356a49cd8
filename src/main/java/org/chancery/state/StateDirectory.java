package org.chancery.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.chancery.common.Bilingual;
import org.chancery.common.Language;
import org.chancery.common.query.CodePosition;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.Listing;
import org.chancery.common.query.TableReads;
import org.chancery.common.query.WhereClause;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of the states: as the other features read them (whether a code is known, the
 * type-ahead list of every state, and what an analyst typed, "Kazakhstan", "Израиль", "kz",
 * "ISR", read back as an alpha-2 code) and the API's list, by alpha-2 code, in keyset pages
 * (all 249 fit one page of 500).
 */
@Service
@Transactional(readOnly = true)
public class StateDirectory implements Listing<StateFilter, CodePosition, StateEntry> {

    private final JdbcClient jdbc;
    private final States states;
    private final TableReads<StateEntry> reads;

    StateDirectory(JdbcClient jdbc, States states) {
        this.jdbc = jdbc;
        this.states = states;
        this.reads = new TableReads<>(jdbc, TableReads.Table.hardDeleted("state", "s", "code", "state"),
                "s.code, s.alpha3, s.numeric_code, s.name_en, s.name_ru, s.region", (row, number) -> entry(row));
    }

    /** Whether a state has exactly this alpha-2 code: how other features check a code they were given. */
    public boolean exists(String code) {
        return states.existsByCode(code);
    }

    /** Every state, by code. */
    public List<StateName> all() {
        return jdbc.sql("select code, name_en, name_ru from state order by code")
                .query((row, n) -> new StateName(row.getString("code"), row.getString("name_en"), row.getString("name_ru")))
                .list();
    }

    public Optional<StateName> byCode(String code) {
        return jdbc.sql("select code, name_en, name_ru from state where code = :code")
                .param("code", code.toUpperCase(Locale.ROOT))
                .query((row, n) -> new StateName(row.getString("code"), row.getString("name_en"), row.getString("name_ru")))
                .optional();
    }

    /**
     * The alpha-2 code of the state whose code, alpha-3 code or English or Russian name is
     * {@code typed} (ignoring case), or {@code typed} itself where none is, so that the
     * timeline's strict reading can say what is wrong with it.
     */
    public String codeFor(String typed) {
        String text = typed.strip();
        if (text.isEmpty() || text.matches("[A-Za-z]{2}")) {
            return text;
        }
        return jdbc.sql("""
                        select code from state
                         where upper(alpha3) = upper(:text) or lower(name_en) = lower(:text) or lower(name_ru) = lower(:text)
                         order by code limit 1""")
                .param("text", text)
                .query(String.class)
                .optional()
                .orElse(text);
    }

    @Override
    public KeysetPage<StateEntry> page(StateFilter filter, @Nullable CodePosition after, int limit) {
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
    public StateEntry entry(String code) {
        return reads.get(code.toUpperCase(Locale.ROOT));
    }

    /** The alpha-2 code of the state that has {@code code} as its alpha-3 or numeric code. */
    public Optional<String> alpha2For(String code) {
        return jdbc.sql("select code from state where alpha3 = :code or numeric_code = :code")
                .param("code", code.toUpperCase(Locale.ROOT)).query(String.class).optional();
    }

    /** The regions of the list, by name. */
    public Set<String> regions() {
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

    private static StateEntry entry(ResultSet row) throws SQLException {
        return new StateEntry(row.getString("code"), row.getString("alpha3"), row.getString("numeric_code"),
                new Bilingual(row.getString("name_en"), row.getString("name_ru")), row.getString("region"));
    }

    /** A state as lists and links name it. */
    public record StateName(String code, String nameEn, String nameRu) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }
}
