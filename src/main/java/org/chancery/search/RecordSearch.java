package org.chancery.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chancery.common.Language;
import org.chancery.common.TextQuery;
import org.chancery.event.EventQueries;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.event.timeline.TimelineFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds what an analyst typed anywhere in the record: states by code or name, people,
 * institutions and agreements by name (English or Russian, any part of it, or its words in any
 * grammatical form: "Токаеву" finds Токаев), events by PostgreSQL's text search in both
 * languages with the same rules ({@link TextQuery}), and where each event matched. Three statements.
 */
@Service
@Transactional(readOnly = true)
public class RecordSearch {

    static final int EVENTS = 20;
    static final int NAMES = 20;
    /** The marks ts_headline puts around a match: characters no summary holds (⟦ ⟧). */
    private static final String START = "\u27e6";
    private static final String STOP = "\u27e7";

    private final JdbcClient jdbc;
    private final EventQueries eventQueries;

    RecordSearch(JdbcClient jdbc, EventQueries eventQueries) {
        this.jdbc = jdbc;
        this.eventQueries = eventQueries;
    }

    public record SearchResults(String query, List<Hit> states, List<Hit> persons, List<Hit> institutions,
            List<Hit> agreements, List<Hit> sources, List<TimelineEntry> events, Map<Long, Match> matches) {

        public boolean isEmpty() {
            return states.isEmpty() && persons.isEmpty() && institutions.isEmpty() && agreements.isEmpty()
                    && sources.isEmpty() && events.isEmpty();
        }

        /** Why an event was found: the passage of its summary (or title) that matched, or none. */
        public @Nullable Match match(long eventId) {
            return matches.get(eventId);
        }
    }

    /**
     * Where an event's text matched: the best passage of its summary (or title) in the reader's
     * language, or in the other one ({@code language}, {@code en} or {@code ru}) where only
     * that one matched. PostgreSQL's {@code ts_headline}.
     */
    public record Match(String language, List<Part> parts) {
    }

    /** A piece of a passage: {@code matched} where it is what the reader searched for. */
    public record Part(String text, boolean matched) {
    }

    /** A named record: {@code key} is a state's code or another record's id. */
    public record Hit(String type, String key, String nameEn, String nameRu) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }

    /** What matches {@code typed}, each event's passage in {@code locale}'s language first. */
    public SearchResults search(String typed, Locale locale) {
        String query = typed.strip();
        String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        TextQuery text = TextQuery.of(query);
        // the names' words are stored with the rows and indexed (V132), as are their trigrams for
        // ilike; the 250 states are read whole, their words stored too (V196). The statement is
        // a function that plans it once a connection (V235): planning it took four times as long
        // as running it. Without words there is no query of words: null matches nothing.
        String web = text.isEmpty() ? "null::tsquery" : text.webQuery("name");
        String words = text.isEmpty() ? "null::tsquery" : "(" + text.wordsQuery("name") + ")";
        List<Hit> hits = jdbc.sql("select type, key, name_en, name_ru from record_search_names(:query, :like, %s, %s, :limit)"
                        .formatted(web, words))
                .param("query", query).param("like", like).param("limit", NAMES)
                .params(text.isEmpty() ? Map.of() : text.parameters("name"))
                .query((row, n) -> new Hit(row.getString("type"), row.getString("key").strip(), row.getString("name_en"),
                        row.getString("name_ru")))
                .list();
        List<TimelineEntry> events = eventQueries.page(TimelineFilter.matching(query), null, EVENTS).entries();
        return new SearchResults(query, ofType(hits, "state"), ofType(hits, "person"), ofType(hits, "institution"),
                ofType(hits, "agreement"), ofType(hits, "source"), events, matches(text, events, locale));
    }

    /**
     * One statement: each event's best passage, its matched words between markers, in the
     * reader's language; in the other only where the reader's has no match (a search in English
     * mostly matches English text, and a headline parses the whole text it marks). The queries
     * are made once (a materialized CTE), not for each row.
     */
    private Map<Long, Match> matches(TextQuery text, List<TimelineEntry> events, Locale locale) {
        if (events.isEmpty() || text.isEmpty()) {
            return Map.of();
        }
        String own = Language.pick(locale, "en", "ru");
        String other = Language.pick(locale, "ru", "en");
        String options = "'StartSel=" + START + ", StopSel=" + STOP + ", MaxFragments=1, MinWords=8, MaxWords=30'";
        Map<Long, Match> matches = new HashMap<>();
        jdbc.sql("""
                        with query as materialized (select %1$s as own, %2$s as other)
                        select e.id, passage.own,
                               case when strpos(passage.own, '%5$s') = 0
                                    then ts_headline('%4$s', coalesce(e.summary_%7$s, e.title_%7$s, ''), query.other, %8$s)
                               end as other
                          from query, event e
                          cross join lateral (
                              -- offset 0: the passage is computed once, not again where it is tested
                              select ts_headline('%3$s', coalesce(e.summary_%6$s, e.title_%6$s, ''), query.own, %8$s) as own
                              offset 0) passage
                         where e.id in (:ids)""".formatted(text.query(config(own), "text"), text.query(config(other), "text"),
                        config(own), config(other), START, own, other, options))
                .params(text.parameters("text"))
                .param("ids", events.stream().map(TimelineEntry::id).toList())
                .query((RowCallbackHandler) row -> {
                    List<Part> ownParts = parts(row.getString("own"));
                    String otherPassage = row.getString("other");
                    List<Part> otherParts = otherPassage == null ? List.of() : parts(otherPassage);
                    matches.put(row.getLong("id"), otherParts.stream().anyMatch(Part::matched)
                            ? new Match(other, otherParts) : new Match(own, ownParts));
                });
        return matches;
    }

    private static String config(String language) {
        return language.equals("ru") ? "russian" : "english";
    }

    /** "… visited ⟦Astana⟧ on …" → the text before, the match, the text after. */
    static List<Part> parts(String headline) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < headline.length()) {
            int start = headline.indexOf(START, at);
            if (start < 0) {
                parts.add(new Part(headline.substring(at), false));
                break;
            }
            int stop = headline.indexOf(STOP, start);
            if (stop < 0) {
                parts.add(new Part(headline.substring(at), false));
                break;
            }
            if (start > at) {
                parts.add(new Part(headline.substring(at, start), false));
            }
            parts.add(new Part(headline.substring(start + START.length(), stop), true));
            at = stop + STOP.length();
        }
        return List.copyOf(parts);
    }

    private static List<Hit> ofType(List<Hit> hits, String type) {
        return hits.stream().filter(hit -> hit.type().equals(type)).toList();
    }
}
