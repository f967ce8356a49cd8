package org.chancery.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.chancery.audit.ChangeLog.ChangeEntry;
import org.chancery.audit.ChangeLog;
import org.chancery.event.timeline.Timeline;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.event.timeline.TimelineFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a person's page: the offices held over time, the events attended and the history,
 * in three statements; of a deleted person, when and why they were deleted instead of the events.
 */
@Service
@Transactional(readOnly = true)
public class PersonProfiles {

    static final int EVENTS = 50;

    private final JdbcClient jdbc;
    private final Timeline timeline;
    private final ChangeLog changeLog;

    PersonProfiles(JdbcClient jdbc, Timeline timeline, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.changeLog = changeLog;
    }

    /**
     * @param deletion when and why the person was deleted, or null while they are in the record
     * @param history  the person's history, oldest first
     */
    public record PersonProfile(long id, String nameEn, String nameRu, long version, @Nullable Deletion deletion,
            List<HeldOffice> offices, List<TimelineEntry> events, List<ChangeEntry> history) {

        public String name(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }
    }

    public record Deletion(Instant at, @Nullable String reason) {
    }

    /**
     * One term of an office; an unknown start or end is null. {@code officeVersion} is what a
     * change of the term is made against (terms are a part of their office).
     */
    public record HeldOffice(long termId, long officeId, long officeVersion, String titleEn, String titleRu,
            String stateCode, String stateNameEn, String stateNameRu, @Nullable Long institutionId,
            @Nullable String institutionEn, @Nullable String institutionRu, @Nullable LocalDate from,
            @Nullable LocalDate to) implements OfficeDescription {
    }

    /** @throws PersonNotFoundException if there never was a person with that id */
    public PersonProfile profile(long id) {
        List<Row> rows = jdbc.sql("""
                        select p.name_en, p.name_ru, p.version, p.deleted_at, p.deletion_reason,
                               t.id as term_id, t.held_from, t.held_to, o.id as office_id, o.version as office_version,
                               o.title_en, o.title_ru, o.state_code, s.name_en as state_en, s.name_ru as state_ru,
                               i.id as institution_id, i.name_en as institution_en, i.name_ru as institution_ru
                          from person p
                          left join office_term t on t.person_id = p.id
                          left join office o on o.id = t.office_id
                          left join state s on s.code = o.state_code
                          left join institution i on i.id = o.institution_id
                         where p.id = :id
                         order by t.held_from desc nulls last, t.held_to desc nulls first, o.id""")
                .param("id", id)
                .query((row, n) -> {
                    OffsetDateTime deletedAt = row.getObject("deleted_at", OffsetDateTime.class);
                    Long termId = row.getObject("term_id", Long.class);
                    HeldOffice office = termId == null ? null : new HeldOffice(termId, row.getLong("office_id"),
                            row.getLong("office_version"), row.getString("title_en"), row.getString("title_ru"),
                            row.getString("state_code").strip(), row.getString("state_en"), row.getString("state_ru"),
                            row.getObject("institution_id", Long.class), row.getString("institution_en"),
                            row.getString("institution_ru"), row.getObject("held_from", LocalDate.class),
                            row.getObject("held_to", LocalDate.class));
                    return new Row(row.getString("name_en"), row.getString("name_ru"), row.getLong("version"),
                            deletedAt == null ? null : new Deletion(deletedAt.toInstant(), row.getString("deletion_reason")),
                            office);
                })
                .list();
        if (rows.isEmpty()) {
            throw PersonNotFoundException.forId(id);
        }
        Row person = rows.getFirst();
        List<TimelineEntry> events = person.deletion() != null ? List.of()
                : timeline.page(TimelineFilter.attendedBy(id), null, EVENTS).entries();
        return new PersonProfile(id, person.nameEn(), person.nameRu(), person.version(), person.deletion(),
                rows.stream().map(Row::office).filter(Objects::nonNull).toList(), events,
                changeLog.historyOf(PersonService.RESOURCE, id));
    }

    private record Row(String nameEn, String nameRu, long version, @Nullable Deletion deletion, @Nullable HeldOffice office) {
    }
}
