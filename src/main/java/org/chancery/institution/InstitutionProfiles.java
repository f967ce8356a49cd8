package org.chancery.institution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.chancery.event.timeline.Timeline;
import org.chancery.event.timeline.TimelineEntry;
import org.chancery.event.timeline.TimelineFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an institution's page: what it is, the offices within it and who held them, its
 * events; of a deleted one, only what it was and when and why it was deleted.
 */
@Service
@Transactional(readOnly = true)
public class InstitutionProfiles {

    static final int EVENTS = 50;

    private final JdbcClient jdbc;
    private final Timeline timeline;

    InstitutionProfiles(JdbcClient jdbc, Timeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    public record InstitutionProfile(long id, String nameEn, String nameRu, String kind, @Nullable String stateCode,
            @Nullable String stateNameEn, @Nullable String stateNameRu, List<OfficeHolder> offices, List<TimelineEntry> events,
            @Nullable Instant deletedAt, @Nullable String deletionReason) {

        public boolean deleted() {
            return deletedAt != null;
        }

        public String name(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }

        public @Nullable String stateName(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? stateNameRu : stateNameEn;
        }
    }

    /** An office within the institution and one person who held it (none where no term is recorded). */
    public record OfficeHolder(String titleEn, String titleRu, @Nullable Long personId, @Nullable String personEn,
            @Nullable String personRu, @Nullable LocalDate from, @Nullable LocalDate to) {

        public String title(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? titleRu : titleEn;
        }

        public @Nullable String person(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? personRu : personEn;
        }
    }

    /** @throws InstitutionNotFoundException if there is no institution with that id */
    public InstitutionProfile profile(long id) {
        record Head(String nameEn, String nameRu, String kind, @Nullable String stateCode, @Nullable String stateEn,
                @Nullable String stateRu, @Nullable Instant deletedAt, @Nullable String deletionReason) {
        }
        Head head = jdbc.sql("""
                        select i.name_en, i.name_ru, i.kind, i.state_code, s.name_en as state_en, s.name_ru as state_ru,
                               i.deleted_at, i.deletion_reason
                          from institution i left join state s on s.code = i.state_code
                         where i.id = :id""")
                .param("id", id)
                .query((row, n) -> {
                    OffsetDateTime deletedAt = row.getObject("deleted_at", OffsetDateTime.class);
                    return new Head(row.getString("name_en"), row.getString("name_ru"), row.getString("kind"),
                            row.getString("state_code") == null ? null : row.getString("state_code").strip(),
                            row.getString("state_en"), row.getString("state_ru"),
                            deletedAt == null ? null : deletedAt.toInstant(), row.getString("deletion_reason"));
                })
                .optional()
                .orElseThrow(() -> InstitutionNotFoundException.forId(id));
        if (head.deletedAt() != null) {
            return new InstitutionProfile(id, head.nameEn(), head.nameRu(), head.kind(), head.stateCode(), head.stateEn(),
                    head.stateRu(), List.of(), List.of(), head.deletedAt(), head.deletionReason());
        }
        List<OfficeHolder> offices = jdbc.sql("""
                        select o.title_en, o.title_ru, p.id as person_id, p.name_en, p.name_ru, t.held_from, t.held_to
                          from office o
                          left join office_term t on t.office_id = o.id
                          left join person p on p.id = t.person_id
                         where o.institution_id = :id
                         order by o.title_en, t.held_from desc nulls last""")
                .param("id", id)
                .query((row, n) -> new OfficeHolder(row.getString("title_en"), row.getString("title_ru"),
                        row.getObject("person_id", Long.class), row.getString("name_en"), row.getString("name_ru"),
                        row.getObject("held_from", LocalDate.class), row.getObject("held_to", LocalDate.class)))
                .list();
        return new InstitutionProfile(id, head.nameEn(), head.nameRu(), head.kind(), head.stateCode(), head.stateEn(),
                head.stateRu(), offices, timeline.page(TimelineFilter.involving(id), null, EVENTS).entries(), null, null);
    }
}
