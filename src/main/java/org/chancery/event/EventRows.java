package org.chancery.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chancery.source.Citation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Inserts many new events set-based: their ids drawn from the sequence in one statement, then
 * one statement of six {@code INSERT … SELECT}s, each from a JSON document of all the rows for
 * {@code event} or for a table of parts. The triggers fire as for any write: the statement-level ones (the
 * state and pair counts of {@code V120}, the pairs of {@code V175}) once a statement, and the deferred checks (every event
 * has a source, the record's version) at the commit; the list's read model is built once after
 * the statement, for all the new events ({@code V180}). What JPA would have sent one row at a time,
 * with its state and pair counts updated for each.
 */
@Component
class EventRows {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EventRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes {@code events} (new, checked) in order; their ids, in the same order. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> insert(List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        // The pool plans every statement for its values (force_custom_plan, for the lists' sake),
        // and so PostgreSQL planned again each foreign key check and each deferred check of
        // every row written: 14,000 plans for 2,000 events, half of the statement's time
        // (docs/benchmarks.md, the import). Those checks are the same lookups whatever the
        // row: for the rest of this writing transaction, the commit's checks included,
        // PostgreSQL's own choice (its default) keeps their plans.
        jdbc.sql("select set_config('plan_cache_mode', 'auto', true)").query(String.class).single();
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('event', 'id')) from generate_series(1, :count)")
                .param("count", events.size()).query(Long.class).list();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> states = new ArrayList<>();
        List<Map<String, Object>> participants = new ArrayList<>();
        List<Map<String, Object>> institutions = new ArrayList<>();
        List<Map<String, Object>> topics = new ArrayList<>();
        List<Map<String, Object>> citations = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            long id = ids.get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("id", id);
            row.put("kind", event.getKind().name());
            row.put("status", event.getStatus().name());
            row.put("title_en", event.getTitleEn());
            row.put("title_ru", event.getTitleRu());
            row.put("summary_en", event.getSummaryEn());
            row.put("summary_ru", event.getSummaryRu());
            row.put("date_earliest", event.getDate().earliest().toString());
            row.put("date_latest", event.getDate().latest().toString());
            row.put("date_precision", event.getDate().precision().name());
            row.put("date_approximate", event.getDate().approximate());
            row.put("place_en", event.getPlaceEn());
            row.put("place_ru", event.getPlaceRu());
            row.put("place_state_code", event.getPlaceStateCode());
            row.put("agreement_id", event.getAgreementId());
            row.put("visit_level", event.getVisitLevel() == null ? null : event.getVisitLevel().name());
            row.put("visit_kind", event.getVisitKind() == null ? null : event.getVisitKind().name());
            row.put("call_initiator_code", event.getCallInitiatorCode());
            row.put("memorandum_subject_en", event.getMemorandumSubjectEn());
            row.put("memorandum_subject_ru", event.getMemorandumSubjectRu());
            rows.add(row);
            for (EventState state : event.getStates()) {
                states.add(Map.of("event_id", id, "state_code", state.stateCode(), "side", state.side().name()));
            }
            for (EventParticipant participant : event.getParticipants()) {
                participants.add(Map.of("event_id", id, "person_id", participant.personId(), "role", participant.role().name()));
            }
            for (EventInstitution institution : event.getInstitutions()) {
                institutions.add(Map.of("event_id", id, "institution_id", institution.institutionId(),
                        "role", institution.role().name()));
            }
            for (String topic : event.getTopics()) {
                topics.add(Map.of("event_id", id, "topic_code", topic));
            }
            for (Citation citation : event.getCitations()) {
                citations.add(Map.of("event_id", id, "source_id", citation.sourceId(), "quoted_passage", citation.quotedPassage()));
            }
        }
        // One statement, whose triggers fire at its end, when every part is there. The list's
        // read model (V131, V160) is built here once for the new events (V180): the listing
        // triggers of its inserts stand aside while the setting is on, where each would have
        // built the same rows again.
        // (A trigger's WHEN is read as its statement's rows are written, so the setting is made
        // in a statement of its own before.)
        jdbc.sql("select set_config('chancery.event_listing_by_writer', 'on', true)").query(String.class).single();
        jdbc.sql("""
                with written as (
                    insert into event (id, kind, status, title_en, title_ru, summary_en, summary_ru, date_earliest, date_latest,
                                       date_precision, date_approximate, place_en, place_ru, place_state_code, agreement_id,
                                       visit_level, visit_kind, call_initiator_code, memorandum_subject_en, memorandum_subject_ru)
                    select id, kind, status, title_en, title_ru, summary_en, summary_ru, date_earliest, date_latest,
                           date_precision, date_approximate, place_en, place_ru, place_state_code, agreement_id,
                           visit_level, visit_kind, call_initiator_code, memorandum_subject_en, memorandum_subject_ru
                      from jsonb_to_recordset(cast(:rows as jsonb)) as r (id bigint, kind text, status text, title_en text,
                           title_ru text, summary_en text, summary_ru text, date_earliest date, date_latest date,
                           date_precision text, date_approximate boolean, place_en text, place_ru text, place_state_code text,
                           agreement_id bigint, visit_level text, visit_kind text, call_initiator_code text,
                           memorandum_subject_en text, memorandum_subject_ru text)
                     order by id
                    returning id),
                states as (
                    insert into event_state (event_id, state_code, side)
                    select event_id, state_code, side
                      from jsonb_to_recordset(cast(:states as jsonb)) as r (event_id bigint, state_code text, side text)),
                participants as (
                    insert into event_participant (event_id, person_id, role)
                    select event_id, person_id, role
                      from jsonb_to_recordset(cast(:participants as jsonb)) as r (event_id bigint, person_id bigint, role text)),
                institutions as (
                    insert into event_institution (event_id, institution_id, role)
                    select event_id, institution_id, role
                      from jsonb_to_recordset(cast(:institutions as jsonb)) as r (event_id bigint, institution_id bigint, role text)),
                topics as (
                    insert into event_topic (event_id, topic_code)
                    select event_id, topic_code
                      from jsonb_to_recordset(cast(:topics as jsonb)) as r (event_id bigint, topic_code text)),
                citations as (
                    insert into event_source (event_id, source_id, quoted_passage)
                    select event_id, source_id, quoted_passage
                      from jsonb_to_recordset(cast(:citations as jsonb)) as r (event_id bigint, source_id bigint, quoted_passage text))
                select count(*) from written""")
                .param("rows", json.writeValueAsString(rows))
                .param("states", json.writeValueAsString(states))
                .param("participants", json.writeValueAsString(participants))
                .param("institutions", json.writeValueAsString(institutions))
                .param("topics", json.writeValueAsString(topics))
                .param("citations", json.writeValueAsString(citations))
                .query(Long.class).single();
        // The ids as the array's text, which a statement log shows as it is (bench/run replays the
        // import's statements from JdbcTemplate's log), where a Long[] shows as its Java name.
        jdbc.sql("select set_config('chancery.event_listing_by_writer', 'off', true), event_listing_refresh(cast(:ids as bigint[]))")
                .param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .query((row, number) -> number).list();
        return ids;
    }
}
