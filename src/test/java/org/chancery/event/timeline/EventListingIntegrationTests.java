package org.chancery.event.timeline;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.chancery.event.timeline.TimelineEntry.ParticipantRef;
import org.chancery.event.timeline.TimelineEntry.SourceRef;
import org.chancery.event.timeline.TimelineEntry.StateRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list reads each event's parts from its read model (V131), so every write that changes
 * what the list shows must change it in the same transaction, whoever writes: here plain SQL,
 * as an import or another feature's service would, and each change is seen at once. Every
 * test rolls back.
 */
@ChanceryIntegrationTest
@Transactional
class EventListingIntegrationTests {

    private static final String ASTANA_VISIT = "Israeli Foreign Minister Gideon Saar visits Astana";

    @Autowired Timeline timeline;
    @Autowired JdbcClient jdbc;

    private long visit;
    private long saar;

    @BeforeEach
    void findTheVisit() {
        ShippedRecord record = new ShippedRecord(jdbc);
        visit = record.event(ASTANA_VISIT);
        saar = record.person("Gideon Saar");
    }

    @Test
    void aRenamedPersonIsListedUnderTheNewNameAtOnce() {
        jdbc.sql("update person set name_en = 'Gideon Sa''ar' where id = :id").param("id", saar).update();

        assertThat(participant(saar).nameEn()).isEqualTo("Gideon Sa'ar");
    }

    @Test
    void aCorrectedSourceIsListedCorrectedAtOnce() {
        long cited = entry().sources().getFirst().id();
        jdbc.sql("update source set title = 'Corrected headline' where id = :id").param("id", cited).update();

        assertThat(entry().sources()).filteredOn(source -> source.id() == cited)
                .extracting(SourceRef::title).containsExactly("Corrected headline");
    }

    @Test
    void theOfficeShownIsTheOneHeldOnTheDayOfTheEvent() {
        assertThat(participant(saar).officeEn()).isEqualTo("Minister of Foreign Affairs of Israel");

        // his term is known to have ended the year before: on the day he held no office of the record
        jdbc.sql("update office_term set held_from = date '2020-01-01', held_to = date '2025-12-31' where person_id = :id")
                .param("id", saar).update();
        assertThat(participant(saar).officeEn()).isNull();

        // the event moved into his term
        jdbc.sql("update event set date_earliest = date '2025-01-27', date_latest = date '2025-01-27' where id = :id")
                .param("id", visit).update();
        assertThat(participant(saar).officeEn()).isEqualTo("Minister of Foreign Affairs of Israel");

        jdbc.sql("update office set title_en = 'Foreign Minister of Israel' where id = (select office_id from office_term where person_id = :id)")
                .param("id", saar).update();
        assertThat(participant(saar).officeEn()).isEqualTo("Foreign Minister of Israel");
    }

    @Test
    void partsWrittenOrRemovedInPlainSqlAreListedAtOnce() {
        jdbc.sql("insert into event_state (event_id, state_code, side) values (:id, 'AZ', 'PARTICIPANT')").param("id", visit).update();
        jdbc.sql("delete from event_topic where event_id = :id and topic_code = 'water'").param("id", visit).update();
        jdbc.sql("update event_participant set role = 'SPEAKER' where event_id = :id and person_id = :person")
                .param("id", visit).param("person", saar).update();

        TimelineEntry entry = entry();
        assertThat(entry.states()).extracting(StateRef::code).contains("AZ", "IL", "KZ");
        assertThat(entry.topics()).doesNotContain("water").contains("trade");
        assertThat(participant(saar).role()).isEqualTo("SPEAKER");
    }

    @Test
    void anEventWrittenInPlainSqlIsListedWithItsParts() {
        long id = jdbc.sql("""
                insert into event (kind, status, title_en, title_ru, date_earliest, date_latest, date_precision, date_approximate)
                values ('CALL', 'HAPPENED', 'A call written by an import', 'Звонок', date '2026-02-02', date '2026-02-02', 'DAY', false)
                returning id""").query(Long.class).single();
        jdbc.sql("insert into event_state (event_id, state_code, side) values (:id, 'KZ', 'INITIATOR'), (:id, 'IL', 'RECIPIENT')")
                .param("id", id).update();
        jdbc.sql("insert into event_source (event_id, source_id, quoted_passage) select :id, min(id), 'a call' from source")
                .param("id", id).update();

        assertThat(timeline.page(TimelineFilter.pair("KZ", "IL"), null, 50).entries())
                .filteredOn(entry -> entry.id() == id).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.states()).extracting(StateRef::code).containsExactly("KZ", "IL");
                    assertThat(entry.sources()).hasSize(1);
                    assertThat(entry.participants()).isEmpty();
                });
    }

    @Test
    void everyEventHasTheRowItsTablesMake() {
        jdbc.sql("update person set name_ru = 'Гидеон Сaар' where id = :id").param("id", saar).update();
        jdbc.sql("update topic set name_en = 'Water resources' where code = 'water'").update();

        assertThat(jdbc.sql("select count(*) from event_listing").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from event").query(Long.class).single());
        assertThat(jdbc.sql("""
                select count(*) from event_listing l
                  join event_listing_rows(array(select id from event)) r on r.event_id = l.event_id
                 where (l.states, l.participants, l.institutions, l.topics, l.sources)
                       is distinct from (r.states, r.participants, r.institutions, r.topics, r.sources)""")
                .query(Long.class).single()).as("rows that differ from what their tables say").isZero();
    }

    private TimelineEntry entry() {
        return timeline.entry(visit).orElseThrow();
    }

    private ParticipantRef participant(long person) {
        return entry().participants().stream().filter(p -> p.id() == person).findFirst().orElseThrow();
    }
}
