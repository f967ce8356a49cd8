package org.chancery.topic;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The topics as the pages offer them to filter by, and as admins list them. */
@Service
@Transactional(readOnly = true)
public class TopicVocabulary {

    private final JdbcClient jdbc;
    private final Topics topics;

    TopicVocabulary(JdbcClient jdbc, Topics topics) {
        this.jdbc = jdbc;
        this.topics = topics;
    }

    /** Whether a topic has exactly this code: how other features check a code they were given. */
    public boolean exists(String code) {
        return topics.existsByCode(code);
    }

    public List<TopicName> all() {
        return jdbc.sql("select code, name_en, name_ru from topic order by code")
                .query((row, n) -> new TopicName(row.getString("code"), row.getString("name_en"), row.getString("name_ru")))
                .list();
    }

    /** Every topic with how many live events it tags, by code: the admins' list. */
    public List<TopicUse> withUse() {
        return jdbc.sql("""
                        select t.code, t.name_en, t.name_ru, count(e.id) as events
                          from topic t
                          left join event_topic et on et.topic_code = t.code
                          left join event e on e.id = et.event_id and e.deleted_at is null
                         group by t.code order by t.code""")
                .query((row, n) -> new TopicUse(row.getString("code"), row.getString("name_en"), row.getString("name_ru"),
                        row.getLong("events")))
                .list();
    }

    /** How many live events the topic tags. */
    public long eventsTagged(String code) {
        return jdbc.sql("""
                        select count(*) from event_topic et join event e on e.id = et.event_id
                         where et.topic_code = :code and e.deleted_at is null""")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    /** A topic and how many live events it tags. */
    public record TopicUse(String code, String nameEn, String nameRu, long events) {
    }

    public record TopicName(String code, String nameEn, String nameRu) {

        public String name(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }
    }
}
