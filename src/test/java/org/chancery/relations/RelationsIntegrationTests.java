package org.chancery.relations;

import java.time.LocalDate;

import org.chancery.ChanceryIntegrationTest;
import org.chancery.relations.PairDashboard.PlannedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** What "overdue" and "open for" mean, on days other than the tests' fixed today. */
@ChanceryIntegrationTest
class RelationsIntegrationTests {

    @Autowired RelationsQueries relations;
    @Autowired JdbcClient jdbc;

    @Test
    void aPlannedEventBecomesOverdueOnlyOnceTheLastDayOfItsWindowHasPassed() {
        // the committee: "summer or early autumn", June to September 2026
        assertThat(overdue(LocalDate.of(2026, 9, 30), 21L)).isFalse();
        assertThat(overdue(LocalDate.of(2026, 10, 1), 21L)).isTrue();
        assertThat(overdue(LocalDate.of(2026, 6, 9), 20L)).isFalse();
        assertThat(overdue(LocalDate.of(2026, 6, 10), 20L)).isTrue();
    }

    @Test
    @Transactional
    void aPlannedEventIsNotOverdueWhenAnEventOfTheSameKindBetweenTheSamePairHappenedInItsWindow() {
        jdbc.sql("""
                insert into event (id, kind, status, title_en, date_earliest, date_latest, date_precision, date_approximate)
                values (9001, 'TRANSPORT_LINK', 'HAPPENED', 'First SCAT flight Shymkent – Israel',
                        date '2026-06-09', date '2026-06-09', 'DAY', false)""").update();
        jdbc.sql("insert into event_state (event_id, state_code, side) values (9001, 'KZ', 'PARTICIPANT'), (9001, 'IL', 'PARTICIPANT')")
                .update();

        assertThat(overdue(LocalDate.of(2026, 11, 21), 20L)).isFalse();
    }

    @Test
    @Transactional
    void theBriefingListsTheNewestMemorandaAndKnowsWhenTheTimelineHoldsMore() {
        jdbc.sql("""
                insert into event (id, kind, status, title_en, date_earliest, date_latest, date_precision, date_approximate)
                select 9100 + g, 'MEMORANDUM', 'HAPPENED', 'Memorandum number ' || g,
                       date '2010-01-01' + g, date '2010-01-01' + g, 'DAY', false
                  from generate_series(1, :count) g""").param("count", RelationsQueries.MEMORANDA + 1).update();
        jdbc.sql("""
                insert into event_state (event_id, state_code, side)
                select id, code, 'SIGNATORY' from event, (values ('KZ'), ('IL')) s(code) where title_en like 'Memorandum number %'""")
                .update();

        PairDashboard dashboard = relations.dashboard("KZ", "IL", LocalDate.of(2026, 3, 1));

        assertThat(dashboard.memoranda()).hasSize(RelationsQueries.MEMORANDA);
        assertThat(dashboard.moreMemoranda()).isTrue();
        // the newest first: the memorandum the shipped record holds is newer than every one added
        assertThat(dashboard.memoranda()).extracting(PairDashboard.Memorandum::titleEn)
                .doesNotContain("Memorandum number 1").contains("Memorandum number " + (RelationsQueries.MEMORANDA + 1));
    }

    @Test
    void anAnnouncementIsOpenFromTheLastDayItMayHaveBeenMade() {
        var kazakhstan = relations.dashboard("KZ", "IL", LocalDate.of(2025, 12, 31)).agreements().getFirst().a();

        assertThat(kazakhstan.step()).isEqualTo("ANNOUNCED");
        assertThat(kazakhstan.openDays()).isEqualTo(31);
        assertThat(kazakhstan.openMonths()).isEqualTo(1);
    }

    private boolean overdue(LocalDate today, long eventId) {
        return relations.dashboard("KZ", "IL", today).planned().stream()
                .filter(planned -> planned.entry().id() == eventId)
                .map(PlannedEvent::overdue)
                .findFirst().orElseThrow();
    }
}
