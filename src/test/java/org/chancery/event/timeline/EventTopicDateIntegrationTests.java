package org.chancery.event.timeline;

import java.util.List;
import java.util.Set;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list filtered to one topic reads the topic's events by date from {@code event_topic_date}
 * (V231), which triggers keep from {@code event_topic} and the event's date in the transaction
 * of every write. Written here in plain SQL, as an import or a migration would: each change is
 * listed at once, and the table always holds what the topics and dates make. Every test rolls back.
 */
@ChanceryIntegrationTest
@Transactional
class EventTopicDateIntegrationTests {

    private static final String ASTANA_VISIT = "Israeli Foreign Minister Gideon Saar visits Astana";

    @Autowired Timeline timeline;
    @Autowired JdbcClient jdbc;

    private long visit;

    @BeforeEach
    void findTheVisit() {
        visit = new ShippedRecord(jdbc).event(ASTANA_VISIT);
    }

    @Test
    void aTopicsListIsItsEventsNewestFirstWithAStateProbed() {
        assertThat(topicPage("water", null)).isEqualTo(expected("water", null)).hasSizeGreaterThan(2);
        assertThat(topicPage("water", "KZ")).isEqualTo(expected("water", "KZ"));
        TimelinePage first = timeline.page(topic("water", null), null, 2);
        TimelinePage second = timeline.page(topic("water", null), (TimelineCursor.ByDate) first.next(), 2);
        assertThat(second.entries()).extracting(TimelineEntry::id)
                .isEqualTo(expected("water", null).subList(2, Math.min(4, expected("water", null).size())));
        assertThat(timeline.count(topic("water", null))).isEqualTo(expected("water", null).size());
    }

    @Test
    void aTopicAddedRemovedOrMovedInPlainSqlChangesTheListAtOnce() {
        jdbc.sql("delete from event_topic where event_id = :id").param("id", visit).update();
        assertThat(topicPage("mining", null)).doesNotContain(visit);

        jdbc.sql("insert into event_topic (event_id, topic_code) values (:id, 'mining')").param("id", visit).update();
        assertThat(topicPage("mining", null)).contains(visit);

        jdbc.sql("update event set date_earliest = date '1990-01-01', date_latest = date '1990-01-01' where id = :id")
                .param("id", visit).update();
        assertThat(topicPage("mining", null)).last().isEqualTo(visit);

        jdbc.sql("update event set deleted_at = now() where id = :id").param("id", visit).update();
        assertThat(topicPage("mining", null)).doesNotContain(visit);
    }

    @Test
    void theTableHoldsWhatTheTopicsAndDatesMake() {
        long id = jdbc.sql("""
                insert into event (kind, status, title_en, title_ru, date_earliest, date_latest, date_precision, date_approximate)
                values ('CALL', 'HAPPENED', 'A call written by an import', 'Звонок', date '2026-02-02', date '2026-02-02', 'DAY', false)
                returning id""").query(Long.class).single();
        jdbc.sql("insert into event_topic (event_id, topic_code) values (:id, 'water'), (:id, 'trade')").param("id", id).update();
        jdbc.sql("update event_topic set topic_code = 'mining' where event_id = :id and topic_code = 'trade'").param("id", id).update();
        jdbc.sql("update event set date_earliest = date '2026-01-31' where id = :id").param("id", id).update();
        jdbc.sql("delete from event_topic where event_id = :id").param("id", visit).update();

        assertThat(jdbc.sql("""
                select count(*) from (
                    (select event_id, topic_code, date_earliest from event_topic_date
                     except
                     select t.event_id, t.topic_code, e.date_earliest from event_topic t join event e on e.id = t.event_id)
                    union all
                    (select t.event_id, t.topic_code, e.date_earliest from event_topic t join event e on e.id = t.event_id
                     except
                     select event_id, topic_code, date_earliest from event_topic_date)) differ""")
                .query(Long.class).single()).as("rows that differ from what the topics make").isZero();
        assertThat(jdbc.sql("select count(*) from event_topic_date where event_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(2);

        jdbc.sql("delete from event where id = :id").param("id", id).update();
        assertThat(jdbc.sql("select count(*) from event_topic_date where event_id = :id").param("id", id).query(Long.class).single()).isZero();
    }

    private List<Long> expected(String topic, String state) {
        return jdbc.sql("""
                select e.id from event e
                 where e.deleted_at is null
                   and exists (select 1 from event_topic t where t.event_id = e.id and t.topic_code = :topic)
                   and (cast(:state as text) is null
                        or exists (select 1 from event_state s where s.event_id = e.id and s.state_code = :state))
                 order by e.date_earliest desc, e.id desc""")
                .param("topic", topic).param("state", state).query(Long.class).list();
    }

    private static TimelineFilter topic(String topic, String state) {
        return new TimelineFilter(state, null, Set.of(), Set.of(topic), Set.of(), null, null, null);
    }

    private List<Long> topicPage(String topic, String state) {
        return timeline.page(topic(topic, state), null, 500).entries().stream().map(TimelineEntry::id).toList();
    }
}
