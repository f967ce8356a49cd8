package org.chancery.topic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.chancery.common.Bilingual;
import org.chancery.common.Language;
import org.chancery.common.query.CodePosition;
import org.chancery.common.query.KeysetPage;
import org.chancery.common.query.Listing;
import org.chancery.common.query.TableReads;
import org.chancery.common.query.WhereClause;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of the topics: as the pages offer them to filter by, as admins list them, and
 * the API's list, by code, in keyset pages like every list.
 */
@Service
@Transactional(readOnly = true)
public class TopicVocabulary implements Listing<TopicVocabulary.AllTopics, CodePosition, TopicEntry> {

    /** The topics list has no filter. */
    public enum AllTopics { ALL }

    private final JdbcClient jdbc;
    private final Topics topics;
    private final TableReads<TopicEntry> reads;

    TopicVocabulary(JdbcClient jdbc, Topics topics) {
        this.jdbc = jdbc;
        this.topics = topics;
        this.reads = new TableReads<>(jdbc, TableReads.Table.hardDeleted("topic", "t", "code", "topic"),
                "t.code, t.name_en, t.name_ru, t.version, t.updated_at", (row, number) -> entry(row));
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

    @Override
    public KeysetPage<TopicEntry> page(AllTopics filter, @Nullable CodePosition after, int limit) {
        WhereClause where = reads.live();
        if (after != null) {
            after.after(where, "t.code");
        }
        return reads.page(where, "t.code", limit, topic -> new CodePosition(topic.code()).cursor());
    }

    @Override
    public long count(AllTopics filter) {
        return reads.count(reads.live());
    }

    /** The topic with this code as the list shows it. */
    public TopicEntry entry(String code) {
        return reads.get(code);
    }

    private static TopicEntry entry(ResultSet row) throws SQLException {
        return new TopicEntry(row.getString("code"), new Bilingual(row.getString("name_en"), row.getString("name_ru")),
                row.getLong("version"), row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** A topic and how many live events it tags. */
    public record TopicUse(String code, String nameEn, String nameRu, long events) {
    }

    public record TopicName(String code, String nameEn, String nameRu) {

        public String name(Locale locale) {
            return Language.pick(locale, nameEn, nameRu);
        }
    }
}
