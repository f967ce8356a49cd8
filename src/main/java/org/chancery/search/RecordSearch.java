package org.chancery.search;

import java.util.List;
import java.util.Locale;

import org.chancery.common.TextQuery;
import org.chancery.timeline.Timeline;
import org.chancery.timeline.TimelineEntry;
import org.chancery.timeline.TimelineFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds what an analyst typed anywhere in the record: states by code or name, people,
 * institutions and agreements by name (English or Russian, any part of it, or its words in any
 * grammatical form: "Токаеву" finds Токаев), events by PostgreSQL's text search in both
 * languages with the same rules ({@link TextQuery}). Two statements.
 */
@Service
@Transactional(readOnly = true)
public class RecordSearch {

    static final int EVENTS = 20;
    static final int NAMES = 20;

    private final JdbcClient jdbc;
    private final Timeline timeline;

    RecordSearch(JdbcClient jdbc, Timeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    public record SearchResults(String query, List<Hit> states, List<Hit> persons, List<Hit> institutions,
            List<Hit> agreements, List<TimelineEntry> events) {

        public boolean isEmpty() {
            return states.isEmpty() && persons.isEmpty() && institutions.isEmpty() && agreements.isEmpty() && events.isEmpty();
        }
    }

    /** A named record: {@code key} is a state's code or another record's id. */
    public record Hit(String type, String key, String nameEn, String nameRu) {

        public String name(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }
    }

    public SearchResults search(String typed) {
        String query = typed.strip();
        String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        TextQuery text = TextQuery.of(query);
        String inflected = text.isEmpty() ? "false"
                : text.condition("(to_tsvector('english', name_en) || to_tsvector('russian', name_ru))", "name");
        List<Hit> hits = jdbc.sql("""
                        (select 'state' as type, code as key, name_en, name_ru from state
                          where code = upper(:query) or alpha3 = upper(:query)
                             or name_en ilike :like or name_ru ilike :like or %1$s
                          order by code = upper(:query) desc, name_en limit :limit)
                        union all
                        (select 'person', id::text, name_en, name_ru from person
                          where (name_en ilike :like or name_ru ilike :like or %1$s) and deleted_at is null
                          order by name_en limit :limit)
                        union all
                        (select 'institution', id::text, name_en, name_ru from institution
                          where (name_en ilike :like or name_ru ilike :like or %1$s) and deleted_at is null
                          order by name_en limit :limit)
                        union all
                        (select 'agreement', id::text, name_en, name_ru from agreement
                          where deleted_at is null and (name_en ilike :like or name_ru ilike :like or %1$s)
                          order by name_en limit :limit)""".formatted(inflected))
                .param("query", query).param("like", like).param("limit", NAMES)
                .params(text.parameters("name"))
                .query((row, n) -> new Hit(row.getString("type"), row.getString("key").strip(), row.getString("name_en"),
                        row.getString("name_ru")))
                .list();
        return new SearchResults(query, ofType(hits, "state"), ofType(hits, "person"), ofType(hits, "institution"),
                ofType(hits, "agreement"), timeline.page(TimelineFilter.matching(query), null, EVENTS).entries());
    }

    private static List<Hit> ofType(List<Hit> hits, String type) {
        return hits.stream().filter(hit -> hit.type().equals(type)).toList();
    }
}
