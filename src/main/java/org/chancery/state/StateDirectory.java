package org.chancery.state;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The states as the other features read them: whether a code is known, the type-ahead list of every state,
 * and what an analyst typed ("Kazakhstan", "Израиль", "kz", "ISR") read back as an alpha-2 code.
 */
@Service
@Transactional(readOnly = true)
public class StateDirectory {

    private final JdbcClient jdbc;
    private final States states;

    StateDirectory(JdbcClient jdbc, States states) {
        this.jdbc = jdbc;
        this.states = states;
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

    /** A state as lists and links name it. */
    public record StateName(String code, String nameEn, String nameRu) {

        public String name(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }
    }
}
