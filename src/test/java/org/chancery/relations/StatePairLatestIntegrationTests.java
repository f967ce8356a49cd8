package org.chancery.relations;

import java.time.LocalDate;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.relations.RelationsQueries.Counterpart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state page shows beside each counterpart the pair's latest event, kept in
 * {@code state_pair_count} by triggers (V120, looked up through {@code event_pair} since V245).
 * When the latest event's date moves back or its state is taken off, the page shows the next
 * newest at once, and the counts stay what a recount from the rows makes. Every test rolls back.
 */
@ChanceryIntegrationTest
@Transactional
class StatePairLatestIntegrationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Autowired RelationsQueries relations;
    @Autowired JdbcClient jdbc;

    @Test
    void aPairsLatestEventMovedIntoThePastGivesWayToTheNextNewest() {
        long newest = event("A call after every other", LocalDate.of(2027, 3, 1));
        long next = event("A call just before it", LocalDate.of(2027, 2, 1));
        assertThat(latestWithIsrael().last().earliest()).isEqualTo(LocalDate.of(2027, 3, 1));

        jdbc.sql("update event set date_earliest = date '1990-01-01', date_latest = date '1990-01-01' where id = :id")
                .param("id", newest).update();

        assertThat(latestWithIsrael().last().earliest()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(lastEventId("KZ", "IL")).isEqualTo(next);
        assertThat(lastEventId("IL", "KZ")).isEqualTo(next);
        assertTheCountsAreWhatTheRowsMake();
    }

    @Test
    void aPairsLatestEventWhoseStateIsTakenOffGivesWayToTheNextNewest() {
        long newest = event("A call after every other", LocalDate.of(2027, 3, 1));
        long next = event("A call just before it", LocalDate.of(2027, 2, 1));

        jdbc.sql("delete from event_state where event_id = :id and state_code = 'IL'").param("id", newest).update();

        assertThat(latestWithIsrael().last().earliest()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(lastEventId("KZ", "IL")).isEqualTo(next);
        assertTheCountsAreWhatTheRowsMake();
    }

    @Test
    void anEventMovedForwardBecomesItsPairsLatest() {
        long moved = event("A call moved forward", LocalDate.of(2001, 5, 5));
        event("A call in the future", LocalDate.of(2027, 2, 1));

        jdbc.sql("update event set date_earliest = date '2027-04-01', date_latest = date '2027-04-01' where id = :id")
                .param("id", moved).update();

        assertThat(lastEventId("KZ", "IL")).isEqualTo(moved);
        assertThat(latestWithIsrael().last().earliest()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertTheCountsAreWhatTheRowsMake();
    }

    private long event(String title, LocalDate day) {
        long id = jdbc.sql("""
                insert into event (kind, status, title_en, date_earliest, date_latest, date_precision, date_approximate)
                values ('CALL', 'HAPPENED', :title, :day, :day, 'DAY', false) returning id""")
                .param("title", title).param("day", day).query(Long.class).single();
        jdbc.sql("insert into event_state (event_id, state_code, side) values (:id, 'KZ', 'INITIATOR'), (:id, 'IL', 'RECIPIENT')")
                .param("id", id).update();
        return id;
    }

    private Counterpart latestWithIsrael() {
        return relations.profile("KZ", TODAY).counterparts().stream()
                .filter(c -> c.state().code().equals("IL")).findFirst().orElseThrow();
    }

    private long lastEventId(String state, String other) {
        return jdbc.sql("select last_event_id from state_pair_count where state_code = :a and other_code = :b")
                .param("a", state).param("b", other).query(Long.class).single();
    }

    private void assertTheCountsAreWhatTheRowsMake() {
        assertThat(jdbc.sql("""
                with recount as (
                    select m.state_code, o.state_code as other_code, count(*) as events,
                           (array_agg(e.id order by e.date_earliest desc, e.id desc))[1] as last_event_id,
                           max(e.date_earliest) as last_date
                      from event_state m
                      join event_state o on o.event_id = m.event_id and o.state_code <> m.state_code
                      join event e on e.id = m.event_id
                     group by m.state_code, o.state_code)
                select count(*) from (
                    (select state_code, other_code, events, last_event_id, last_date from state_pair_count
                     except select * from recount)
                    union all
                    (select * from recount
                     except select state_code, other_code, events, last_event_id, last_date from state_pair_count)) differ""")
                .query(Long.class).single()).as("pairs whose counts differ from a recount").isZero();
    }
}
