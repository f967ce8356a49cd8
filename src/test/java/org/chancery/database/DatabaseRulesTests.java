package org.chancery.database;

import org.chancery.ChanceryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database guards the record's rules too, so that no script, migration or bug that
 * bypasses the entities can write what they refuse. These tests commit; a refused commit
 * leaves nothing behind.
 */
@ChanceryIntegrationTest
class DatabaseRulesTests {

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void refusesToCommitAnEventWithoutSource() {
        long before = count("event");

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.sql("""
                insert into event (kind, status, title_en, date_earliest, date_latest, date_precision, date_approximate)
                values ('CALL', 'HAPPENED', 'A call nobody reported', date '2026-03-01', date '2026-03-31', 'MONTH', false)""")
                .update()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("has no source");
        assertThat(count("event")).isEqualTo(before);
    }

    @Test
    void refusesToRemoveAnEventsLastSource() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.sql("""
                delete from event_source where event_id = (
                    select event_id from event_source group by event_id having count(*) = 1 order by event_id limit 1)""")
                .update()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("has no source");
    }

    @Test
    void refusesANegativeAmount() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into economic_figure (reporter_code, partner_code, indicator, period_earliest, period_latest,
                    period_precision, period_approximate, amount, currency, qualifier, source_id, quoted_passage)
                values ('KZ', 'IL', 'EXPORTS', date '2025-01-01', date '2025-12-31', 'YEAR', false, -1, 'USD', 'EXACT',
                    (select min(id) from source), 'a passage')""").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("economic_figure_amount_not_negative");
    }

    @Test
    void refusesTwoHoldersOfOneOfficeOnTheSameDay() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into office_term (office_id, person_id, held_from, held_to)
                select office_id, (select max(id) from person), date '2026-01-01', date '2026-12-31'
                  from office_term order by id limit 1""").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("office_term_one_holder_a_day");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> jdbc.sql("""
                update event set date_latest = date_earliest - 1 where id = (select min(id) from event)""").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("event_date_order");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
