package org.chancery.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the events of an import that repeat one another or an event the record already holds:
 * the same kind, the same date as recorded, the same states and the same title (in each language
 * both are titled in; spaces and letter case aside). A file uploaded twice is then refused line by line
 * instead of doubling the record. The record is asked once for the whole file.
 */
@Component
class RepeatedEvents {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RepeatedEvents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A checked event of the file and the line it is on. */
    record Candidate(int line, Event event) {
    }

    /** For each candidate that repeats something, by its line: what it repeats, in words. */
    Map<Integer, String> find(List<Candidate> candidates) {
        Map<Integer, String> repeats = new HashMap<>();
        if (candidates.isEmpty()) {
            return repeats;
        }
        Map<String, List<Titled>> inRecord = inRecord(candidates);
        Map<String, List<Titled>> inFile = new HashMap<>();
        for (Candidate candidate : candidates) {
            Titled titled = new Titled(candidate.line(), normal(candidate.event().getTitleEn()), normal(candidate.event().getTitleRu()));
            String key = key(candidate.event());
            inRecord.getOrDefault(key, List.of()).stream().filter(titled::sameTitle).findFirst().ifPresentOrElse(
                    held -> repeats.put(candidate.line(), "the record already holds this event (event " + held.number()
                            + ": the same kind, date, states and title)"),
                    () -> inFile.getOrDefault(key, List.of()).stream().filter(titled::sameTitle).findFirst().ifPresent(
                            earlier -> repeats.put(candidate.line(), "repeats line " + earlier.number()
                                    + " of the file (the same kind, date, states and title)")));
            inFile.computeIfAbsent(key, any -> new ArrayList<>()).add(titled);
        }
        return repeats;
    }

    /** The live events of the same kinds and dates as the candidates, by their key. */
    private Map<String, List<Titled>> inRecord(List<Candidate> candidates) {
        List<Map<String, Object>> dates = candidates.stream().map(Candidate::event)
                .map(event -> Map.<String, Object>of("kind", event.getKind().name(),
                        "earliest", event.getDate().earliest().toString(), "latest", event.getDate().latest().toString()))
                .distinct().toList();
        Map<String, List<Titled>> held = new HashMap<>();
        jdbc.sql("""
                        select e.id, e.kind, e.date_earliest, e.date_latest, e.date_precision, e.date_approximate,
                               e.title_en, e.title_ru,
                               (select string_agg(es.state_code, ',' order by es.state_code)
                                  from event_state es where es.event_id = e.id) as states
                          from event e
                         where e.deleted_at is null
                           and (e.kind, e.date_earliest, e.date_latest) in (
                               select d.kind, d.earliest, d.latest
                                 from jsonb_to_recordset(cast(:dates as jsonb)) as d (kind text, earliest date, latest date))""")
                .param("dates", json.writeValueAsString(dates))
                .query((row, number) -> {
                    String key = String.join("|", row.getString("kind"), row.getString("date_earliest"),
                            row.getString("date_latest"), row.getString("date_precision"),
                            String.valueOf(row.getBoolean("date_approximate")), Objects.requireNonNullElse(row.getString("states"), ""));
                    held.computeIfAbsent(key, any -> new ArrayList<>()).add(new Titled(row.getLong("id"),
                            normal(row.getString("title_en")), normal(row.getString("title_ru"))));
                    return key;
                }).list();
        return held;
    }

    private static String key(Event event) {
        return String.join("|", event.getKind().name(), event.getDate().earliest().toString(),
                event.getDate().latest().toString(), event.getDate().precision().name(),
                String.valueOf(event.getDate().approximate()),
                event.getStates().stream().map(EventState::stateCode).sorted().collect(Collectors.joining(",")));
    }

    private static @Nullable String normal(@Nullable String title) {
        return title == null ? null : title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** An event's number (its id, or its line) and its titles, normalised. */
    private record Titled(long number, @Nullable String en, @Nullable String ru) {

        /** The same words in each language both are titled in, and at least one such language. */
        boolean sameTitle(Titled other) {
            boolean bothEnglish = en != null && other.en != null;
            boolean bothRussian = ru != null && other.ru != null;
            return (bothEnglish || bothRussian) && (!bothEnglish || en.equals(other.en)) && (!bothRussian || ru.equals(other.ru));
        }
    }
}
