package org.chancery.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.chancery.timeline.Timeline;
import org.chancery.timeline.TimelineEntry;
import org.chancery.timeline.TimelineFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a person's page: the offices held over time and the events attended. */
@Service
@Transactional(readOnly = true)
public class PersonProfiles {

    static final int EVENTS = 50;

    private final JdbcClient jdbc;
    private final Timeline timeline;

    PersonProfiles(JdbcClient jdbc, Timeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    public record PersonProfile(long id, String nameEn, String nameRu, List<HeldOffice> offices, List<TimelineEntry> events) {

        public String name(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }
    }

    /** An office and one term of it; an unknown start or end is null. */
    public record HeldOffice(long officeId, String titleEn, String titleRu, String stateCode, String stateNameEn,
            String stateNameRu, @Nullable Long institutionId, @Nullable String institutionEn, @Nullable String institutionRu,
            @Nullable LocalDate from, @Nullable LocalDate to) {

        public String title(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? titleRu : titleEn;
        }

        public String stateName(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? stateNameRu : stateNameEn;
        }

        public @Nullable String institution(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? institutionRu : institutionEn;
        }
    }

    /** @throws PersonNotFoundException if there is no person with that id */
    public PersonProfile profile(long id) {
        record Name(String en, String ru) {
        }
        Name name = jdbc.sql("select name_en, name_ru from person where id = :id").param("id", id)
                .query((row, n) -> new Name(row.getString("name_en"), row.getString("name_ru")))
                .optional()
                .orElseThrow(() -> PersonNotFoundException.forId(id));
        return new PersonProfile(id, name.en(), name.ru(), offices(id),
                timeline.page(TimelineFilter.attendedBy(id), null, EVENTS).entries());
    }

    private List<HeldOffice> offices(long personId) {
        return jdbc.sql("""
                        select o.id, o.title_en, o.title_ru, o.state_code, s.name_en as state_en, s.name_ru as state_ru,
                               i.id as institution_id, i.name_en as institution_en, i.name_ru as institution_ru,
                               t.held_from, t.held_to
                          from office_term t
                          join office o on o.id = t.office_id
                          join state s on s.code = o.state_code
                          left join institution i on i.id = o.institution_id
                         where t.person_id = :id
                         order by t.held_from desc nulls last, t.held_to desc nulls first, o.id""")
                .param("id", personId)
                .query((row, n) -> new HeldOffice(row.getLong("id"), row.getString("title_en"), row.getString("title_ru"),
                        row.getString("state_code").strip(), row.getString("state_en"), row.getString("state_ru"),
                        row.getObject("institution_id", Long.class), row.getString("institution_en"),
                        row.getString("institution_ru"), row.getObject("held_from", LocalDate.class),
                        row.getObject("held_to", LocalDate.class)))
                .list();
    }
}
