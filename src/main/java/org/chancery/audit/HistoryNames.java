package org.chancery.audit;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.chancery.common.Bilingual;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names a history's values point at (a participant's {@code personId}, an
 * {@code agreementId}, a state's code, a topic's), so that the history reads "Gideon Saar"
 * where the log keeps 5. Read by SQL over the tables named, in one statement for a whole
 * history, like {@link DeletedRecordQueries}: this module knows the tables, not the features'
 * code. A deleted record keeps its name.
 */
@Component
@Transactional(readOnly = true)
public class HistoryNames {

    /** What a value refers to. */
    public enum Kind { PERSON, INSTITUTION, AGREEMENT, SOURCE, OFFICE, TOPIC, STATE }

    private final JdbcClient jdbc;

    HistoryNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of what {@code wanted} lists, by kind and key (an id or a code as text); none missing ones. */
    public Names of(Map<Kind, Set<String>> wanted) {
        if (wanted.values().stream().allMatch(Set::isEmpty)) {
            return new Names(Map.of());
        }
        Map<String, Bilingual> names = new HashMap<>();
        jdbc.sql("""
                        select 'PERSON' as kind, id::text as key, name_en, name_ru from person where id = any(:persons)
                        union all
                        select 'INSTITUTION', id::text, name_en, name_ru from institution where id = any(:institutions)
                        union all
                        select 'AGREEMENT', id::text, name_en, name_ru from agreement where id = any(:agreements)
                        union all
                        select 'SOURCE', id::text, concat_ws(' — ', outlet, title), concat_ws(' — ', outlet, title)
                          from source where id = any(:sources)
                        union all
                        select 'OFFICE', id::text, title_en, title_ru from office where id = any(:offices)
                        union all
                        select 'TOPIC', code, name_en, name_ru from topic where code = any(:topics)
                        union all
                        select 'STATE', rtrim(code), name_en, name_ru from state where code = any(:states)""")
                .param("persons", ids(wanted, Kind.PERSON))
                .param("institutions", ids(wanted, Kind.INSTITUTION))
                .param("agreements", ids(wanted, Kind.AGREEMENT))
                .param("sources", ids(wanted, Kind.SOURCE))
                .param("offices", ids(wanted, Kind.OFFICE))
                .param("topics", wanted.getOrDefault(Kind.TOPIC, Set.of()).toArray(String[]::new))
                .param("states", wanted.getOrDefault(Kind.STATE, Set.of()).toArray(String[]::new))
                .query((row, n) -> names.put(row.getString("kind") + ":" + row.getString("key"),
                        new Bilingual(row.getString("name_en"), row.getString("name_ru"))))
                .list();
        return new Names(names);
    }

    private static Long[] ids(Map<Kind, Set<String>> wanted, Kind kind) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String key : wanted.getOrDefault(kind, Set.of())) {
            try {
                ids.add(Long.parseLong(key));
            } catch (NumberFormatException notAnId) {
                // a value of another shape under the same key: shown as it is
            }
        }
        return ids.toArray(Long[]::new);
    }

    /** Names found, by kind and key. */
    public record Names(Map<String, Bilingual> byKey) {

        public @Nullable Bilingual of(Kind kind, String key) {
            return byKey.get(kind + ":" + key);
        }
    }
}
