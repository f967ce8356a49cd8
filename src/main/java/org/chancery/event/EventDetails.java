package org.chancery.event;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.chancery.event.EventQueries.EventDetail;
import org.chancery.event.EventQueries.InstitutionRef;
import org.chancery.event.EventQueries.SourceDetail;
import org.chancery.event.timeline.TimelineEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What an event's page shows beyond its timeline entry (states, participants with their office,
 * topics, sources with their passages): its agreement, the fields of its kind, institutions
 * and each source's author. One statement; read through {@link EventQueries#detail}.
 */
@Service
class EventDetails {

    private static final TypeReference<List<InstitutionRef>> INSTITUTIONS = new TypeReference<>() { };
    private static final TypeReference<List<SourceDetail>> SOURCES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EventDetails(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What the event's page adds to its timeline {@code entry}. */
    EventDetail of(TimelineEntry entry) {
        long id = entry.id();
        return jdbc.sql("""
                        select e.agreement_id, e.step_entry, a.name_en as agreement_en, a.name_ru as agreement_ru,
                               e.visit_level, e.visit_kind, e.call_initiator_code,
                               ci.name_en as initiator_en, ci.name_ru as initiator_ru,
                               e.memorandum_subject_en, e.memorandum_subject_ru,
                               (select coalesce(json_agg(json_build_object('id', i.id, 'nameEn', i.name_en, 'nameRu', i.name_ru,
                                            'role', ei.role) order by ei.role, i.name_en), '[]')
                                  from event_institution ei join institution i on i.id = ei.institution_id
                                 where ei.event_id = e.id) as institutions,
                               (select coalesce(json_agg(json_build_object('id', so.id, 'author', so.author,
                                            'publishedOn', so.published_on)), '[]')
                                  from event_source src join source so on so.id = src.source_id
                                 where src.event_id = e.id) as sources
                          from event e
                          left join agreement a on a.id = e.agreement_id
                          left join state ci on ci.code = e.call_initiator_code
                         where e.id = :id""")
                .param("id", id)
                .query((row, n) -> new EventDetail(entry, row.getObject("agreement_id", Long.class),
                        row.getString("agreement_en"), row.getString("agreement_ru"), row.getString("visit_level"),
                        row.getString("visit_kind"), row.getString("call_initiator_code"), row.getString("initiator_en"),
                        row.getString("initiator_ru"), row.getString("memorandum_subject_en"),
                        row.getString("memorandum_subject_ru"),
                        json.readValue(row.getString("institutions"), INSTITUTIONS),
                        json.readValue(row.getString("sources"), SOURCES).stream()
                                .collect(Collectors.toMap(SourceDetail::id, Function.identity())),
                        row.getBoolean("step_entry")))
                .optional()
                .orElseThrow(() -> EventNotFoundException.forId(id));
    }
}
