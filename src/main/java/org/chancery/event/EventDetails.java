package org.chancery.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.chancery.event.timeline.Timeline;
import org.chancery.event.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything about one event for its page: what the timeline shows (states,
 * participants with their office, topics, sources with their passages) and what only the
 * event's page does (its agreement, the fields of its kind, institutions, each source's
 * author). Two statements.
 */
@Service
@Transactional(readOnly = true)
public class EventDetails {

    private static final TypeReference<List<InstitutionRef>> INSTITUTIONS = new TypeReference<>() { };
    private static final TypeReference<List<SourceDetail>> SOURCES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final Timeline timeline;
    private final JsonMapper json;

    EventDetails(JdbcClient jdbc, Timeline timeline, JsonMapper json) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.json = json;
    }

    public record EventDetail(TimelineEntry entry, @Nullable Long agreementId, @Nullable String agreementEn,
            @Nullable String agreementRu, @Nullable String visitLevel, @Nullable String visitKind,
            @Nullable String callInitiatorCode, @Nullable String callInitiatorEn, @Nullable String callInitiatorRu,
            @Nullable String memorandumSubjectEn, @Nullable String memorandumSubjectRu,
            List<InstitutionRef> institutions, Map<Long, SourceDetail> sources) {

        public @Nullable String agreement(Locale locale) {
            return inLanguage(locale, agreementEn, agreementRu);
        }

        public @Nullable String callInitiator(Locale locale) {
            return inLanguage(locale, callInitiatorEn, callInitiatorRu);
        }

        public @Nullable String memorandumSubject(Locale locale) {
            return inLanguage(locale, memorandumSubjectEn, memorandumSubjectRu);
        }

        public @Nullable String place(Locale locale) {
            return inLanguage(locale, entry.placeEn(), entry.placeRu());
        }

        public @Nullable SourceDetail source(long id) {
            return sources.get(id);
        }
    }

    public record InstitutionRef(long id, String nameEn, String nameRu, String role) {

        public String name(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }
    }

    /** What the event's page adds to a source: who wrote it. */
    public record SourceDetail(long id, @Nullable String author, @Nullable LocalDate publishedOn) {
    }

    /** @throws EventNotFoundException if there is no event with that id */
    public EventDetail detail(long id) {
        TimelineEntry entry = timeline.entry(id).orElseThrow(() -> EventNotFoundException.forId(id));
        return jdbc.sql("""
                        select e.agreement_id, a.name_en as agreement_en, a.name_ru as agreement_ru,
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
                                .collect(Collectors.toMap(SourceDetail::id, Function.identity()))))
                .optional()
                .orElseThrow(() -> EventNotFoundException.forId(id));
    }

    private static @Nullable String inLanguage(Locale locale, @Nullable String en, @Nullable String ru) {
        if ("ru".equals(locale.getLanguage())) {
            return ru != null ? ru : en;
        }
        return en != null ? en : ru;
    }
}
