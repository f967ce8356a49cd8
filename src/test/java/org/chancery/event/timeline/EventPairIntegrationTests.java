package org.chancery.event.timeline;

import java.util.List;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list filtered to a pair of states, or to one state, reads its events by date from
 * {@code event_pair} (V175; a state paired with itself, V230), which triggers keep from {@code event_state} and the event's date in the transaction
 * of every write. Written here in plain SQL, as an import or a migration would: each change is
 * listed at once, and the table always holds what the states and dates make. Every test rolls back.
 */
@ChanceryIntegrationTest
@Transactional
class EventPairIntegrationTests {

    private static final String ASTANA_VISIT = "Israeli Foreign Minister Gideon Saar visits Astana";

    @Autowired Timeline timeline;
    @Autowired JdbcClient jdbc;

    private long visit;

    @BeforeEach
    void findTheVisit() {
        visit = new ShippedRecord(jdbc).event(ASTANA_VISIT);
    }

    @Test
    void aStateAddedOrRemovedInPlainSqlChangesThePairsListedAtOnce() {
        assertThat(pairPage("AZ", "KZ")).doesNotContain(visit);

        jdbc.sql("insert into event_state (event_id, state_code, side) values (:id, 'AZ', 'PARTICIPANT')").param("id", visit).update();
        assertThat(pairPage("AZ", "KZ")).contains(visit);
        assertThat(pairPage("IL", "AZ")).contains(visit);

        jdbc.sql("delete from event_state where event_id = :id and state_code = 'AZ'").param("id", visit).update();
        assertThat(pairPage("AZ", "KZ")).doesNotContain(visit);
        assertThat(pairPage("KZ", "IL")).contains(visit);
    }

    @Test
    void aMovedEventIsListedAtItsNewDateInThePairsOrder() {
        jdbc.sql("update event set date_earliest = date '1990-01-01', date_latest = date '1990-01-01' where id = :id")
                .param("id", visit).update();

        assertThat(pairPage("KZ", "IL")).last().isEqualTo(visit);
        assertThat(jdbc.sql("select count(*) from event_pair where event_id = :id and date_earliest = date '1990-01-01'")
                .param("id", visit).query(Long.class).single()).as("two states, each with the other and itself").isEqualTo(4);
    }

    @Test
    void aDeletedEventLeavesThePairsListUntilRestored() {
        jdbc.sql("update event set deleted_at = now() where id = :id").param("id", visit).update();
        assertThat(pairPage("KZ", "IL")).doesNotContain(visit);
        assertThat(timeline.count(TimelineFilter.pair("KZ", "IL"))).isEqualTo(pairPage("KZ", "IL").size());

        jdbc.sql("update event set deleted_at = null where id = :id").param("id", visit).update();
        assertThat(pairPage("KZ", "IL")).contains(visit);
    }

    @Test
    void thePairsListIsTheEventsOfBothStatesNewestFirst() {
        List<Long> expected = liveEventsOf(List.of("KZ", "IL"));

        assertThat(expected).hasSizeGreaterThan(2);
        assertThat(pairPage("KZ", "IL")).isEqualTo(expected);
        assertThat(pairPage("IL", "KZ")).isEqualTo(expected);
        // page by page through the cursor, as the API and the timeline do
        TimelinePage first = timeline.page(TimelineFilter.pair("KZ", "IL"), null, 2);
        TimelinePage second = timeline.page(TimelineFilter.pair("KZ", "IL"), (TimelineCursor.ByDate) first.next(), 2);
        assertThat(second.entries()).extracting(TimelineEntry::id).isEqualTo(expected.subList(2, Math.min(4, expected.size())));
    }

    @Test
    void aStatesListIsItsEventsNewestFirstAndFollowsItsStatesAtOnce() {
        List<Long> expected = liveEventsOf(List.of("KZ"));

        assertThat(expected).hasSizeGreaterThan(2);
        assertThat(statePage("KZ")).isEqualTo(expected);
        assertThat(timeline.count(TimelineFilter.ofState("KZ"))).isEqualTo(expected.size());
        TimelinePage first = timeline.page(TimelineFilter.ofState("KZ"), null, 2);
        TimelinePage second = timeline.page(TimelineFilter.ofState("KZ"), (TimelineCursor.ByDate) first.next(), 2);
        assertThat(second.entries()).extracting(TimelineEntry::id).isEqualTo(expected.subList(2, 4));

        jdbc.sql("delete from event_state where event_id = :id and state_code = 'KZ'").param("id", visit).update();
        assertThat(statePage("KZ")).doesNotContain(visit);
        jdbc.sql("insert into event_state (event_id, state_code, side) values (:id, 'AZ', 'PARTICIPANT')").param("id", visit).update();
        assertThat(statePage("AZ")).contains(visit);
    }

    @Test
    void theTableHoldsWhatTheStatesAndDatesMake() {
        long id = jdbc.sql("""
                insert into event (kind, status, title_en, title_ru, date_earliest, date_latest, date_precision, date_approximate)
                values ('CALL', 'HAPPENED', 'A call written by an import', 'Звонок', date '2026-02-02', date '2026-02-02', 'DAY', false)
                returning id""").query(Long.class).single();
        jdbc.sql("insert into event_state (event_id, state_code, side) values (:id, 'KZ', 'INITIATOR'), (:id, 'IL', 'RECIPIENT'), (:id, 'AZ', 'PARTICIPANT')")
                .param("id", id).update();
        jdbc.sql("update event_state set state_code = 'UZ' where event_id = :id and state_code = 'AZ'").param("id", id).update();
        jdbc.sql("update event set date_earliest = date '2026-01-31' where id = :id").param("id", id).update();
        jdbc.sql("delete from event_state where event_id = :id and state_code = 'KZ'").param("id", visit).update();

        assertThat(jdbc.sql("select count(*) from event_pair where event_id = :id").param("id", id).query(Long.class).single())
                .as("three states, each with the others and itself").isEqualTo(9);
        assertThat(jdbc.sql("""
                select count(*) from (
                    (select event_id, state_a, state_b, date_earliest from event_pair
                     except
                     select a.event_id, a.state_code, b.state_code, e.date_earliest
                       from event_state a join event_state b on b.event_id = a.event_id
                       join event e on e.id = a.event_id)
                    union all
                    (select a.event_id, a.state_code, b.state_code, e.date_earliest
                       from event_state a join event_state b on b.event_id = a.event_id
                       join event e on e.id = a.event_id
                     except
                     select event_id, state_a, state_b, date_earliest from event_pair)) differ""")
                .query(Long.class).single()).as("pairs that differ from what the states make").isZero();

        jdbc.sql("delete from event where id = :id").param("id", id).update();
        assertThat(jdbc.sql("select count(*) from event_pair where event_id = :id").param("id", id).query(Long.class).single()).isZero();
    }

    /** The live events that involve every one of {@code states}, newest first, read without event_pair. */
    private List<Long> liveEventsOf(List<String> states) {
        return jdbc.sql("""
                select e.id from event e
                 where e.deleted_at is null
                   and (select count(*) from event_state s where s.event_id = e.id and s.state_code in (:states)) = :count
                 order by e.date_earliest desc, e.id desc""")
                .param("states", states).param("count", states.size()).query(Long.class).list();
    }

    private List<Long> statePage(String state) {
        return timeline.page(TimelineFilter.ofState(state), null, 500).entries().stream().map(TimelineEntry::id).toList();
    }

    private List<Long> pairPage(String state, String counterpart) {
        return timeline.page(TimelineFilter.pair(state, counterpart), null, 500).entries().stream().map(TimelineEntry::id).toList();
    }
}
