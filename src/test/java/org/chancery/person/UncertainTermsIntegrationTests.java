package org.chancery.person;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.ShippedRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office a participant is listed with on an event (the read model's look-up, V156) when
 * terms are uncertain: a term counts when it may cover the event's days, and one that surely
 * covers them comes before one that merely may, though the other began later. Every test
 * rolls back.
 */
@ChanceryIntegrationTest
@Transactional
class UncertainTermsIntegrationTests {

    @Autowired JdbcClient jdbc;

    private long visit;
    private long saar;

    @BeforeEach
    void giveSaarASecondOfficeSince2020AndHisOwnSince2019() {
        ShippedRecord record = new ShippedRecord(jdbc);
        visit = record.event("Israeli Foreign Minister Gideon Saar visits Astana");
        saar = record.person("Gideon Saar");
        jdbc.sql("""
                update office_term set held_from = date '2019-01-01', held_from_latest = date '2019-12-31',
                       held_from_precision = 'YEAR' where person_id = :saar""").param("saar", saar).update();
        long deputy = jdbc.sql("""
                insert into office (title_en, title_ru, state_code) values ('Test Deputy Prime Minister of Israel',
                       'Тестовый вице-премьер Израиля', 'IL') returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into office_term (office_id, person_id, held_from, held_from_latest, held_from_precision)
                values (:office, :saar, date '2020-01-01', date '2020-12-31', 'YEAR')""")
                .param("office", deputy).param("saar", saar).update();
    }

    @Test
    void aTermSurelyCoveringTheEventsDaysComesBeforeOneThatMerelyMay() {
        moveVisitTo("2020-06-01", "2020-06-30", "MONTH");
        // "since 2019" surely held it in June 2020; "since 2020" may have begun after June
        assertThat(officeOnTheVisit()).isEqualTo("Minister of Foreign Affairs of Israel");

        moveVisitTo("2021-03-01", "2021-03-31", "MONTH");
        // both surely held then: the one begun later, as with exact terms
        assertThat(officeOnTheVisit()).isEqualTo("Test Deputy Prime Minister of Israel");

        moveVisitTo("2019-03-01", "2019-03-31", "MONTH");
        // only "since 2019" may cover March 2019, though it may have begun after it
        assertThat(officeOnTheVisit()).isEqualTo("Minister of Foreign Affairs of Israel");
    }

    @Test
    void aPlainStatementMovingAnExactDayKeepsTheBoundExact() {
        jdbc.sql("update office_term set held_to = date '2030-05-07' where person_id = :saar and held_from = date '2020-01-01'")
                .param("saar", saar).update();

        assertThat(jdbc.sql("""
                        select held_to_earliest || ' ' || held_to_precision from office_term
                         where person_id = :saar and held_from = date '2020-01-01'""")
                .param("saar", saar).query(String.class).single()).isEqualTo("2030-05-07 DAY");
    }

    private void moveVisitTo(String earliest, String latest, String precision) {
        jdbc.sql("""
                update event set date_earliest = cast(:earliest as date), date_latest = cast(:latest as date),
                       date_precision = :precision where id = :id""")
                .param("earliest", earliest).param("latest", latest).param("precision", precision).param("id", visit)
                .update();
    }

    private String officeOnTheVisit() {
        return jdbc.sql("""
                        select p ->> 'officeEn' from event_listing l, jsonb_array_elements(l.participants) p
                         where l.event_id = :visit and (p ->> 'id')::bigint = :saar""")
                .param("visit", visit).param("saar", saar).query(String.class).single();
    }
}
