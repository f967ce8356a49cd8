package org.chancery.event.timeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chancery.ChanceryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's lists of one pair, one state, one topic or every event ask PostgreSQL for a generic
 * plan (their plan is the same whatever their values); the others are planned for their values
 * each time, as the pool asks. PostgreSQL makes a generic plan on a server-prepared statement's
 * sixth run on a connection: each list is read ten times here, on the one connection of the
 * test's transaction, whose prepared statements ({@code pg_prepared_statements}) say how each
 * run was planned. The answers must not change with the plan.
 */
@ChanceryIntegrationTest
@Transactional
class TimelineGenericPlanIntegrationTests {

    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

    @Autowired Timeline timeline;
    @Autowired JdbcClient jdbc;

    @Test
    void aPairsAStatesATopicsAndTheWholeListRunOnGenericPlansAndListWhatTheirCustomPlansListed() {
        for (TimelineFilter filter : List.of(TimelineFilter.pair("KZ", "IL"), TimelineFilter.ofState("KZ"),
                new TimelineFilter(null, null, Set.of(), Set.of("water"), Set.of(), null, null, null),
                TimelineFilter.everything())) {
            List<Long> planned = ids(timeline.items(filter, TimelineOrder.NEWEST_FIRST, null, 3, false));
            assertThat(planned).as(filter + " lists something").isNotEmpty();
            for (int run = 0; run < 9; run++) {
                assertThat(ids(timeline.items(filter, TimelineOrder.NEWEST_FIRST, null, 3, false))).as(filter + ", run " + run)
                        .isEqualTo(planned);
            }
        }
        assertThat(genericRuns("from event_pair p")).as("the pair's and the state's list, on generic plans").isGreaterThan(0);
        assertThat(genericRuns("from event_topic_date t")).as("the topic's").isGreaterThan(0);
        assertThat(genericRuns("from event e join event_listing")).as("every event's").isGreaterThan(0);
        assertThat(jdbc.sql("select current_setting('plan_cache_mode')").query(String.class).single())
                .as("the transaction's mode afterwards").isEqualTo("force_custom_plan");
    }

    @Test
    void aListOfWordsIsPlannedForItsValuesEveryTime() {
        TimelineFilter words = TimelineFilter.matching("water");
        List<Long> first = ids(timeline.items(words, TimelineOrder.NEWEST_FIRST, null, 3, false));
        for (int run = 0; run < 9; run++) {
            assertThat(ids(timeline.items(words, TimelineOrder.NEWEST_FIRST, null, 3, false))).isEqualTo(first);
        }
        assertThat(jdbc.sql("select count(*) from pg_prepared_statements where statement like '%e.search_vector%'")
                .query(Long.class).single()).as("the list's statement is prepared on the server").isPositive();
        assertThat(genericRuns("e.search_vector")).isZero();
    }

    /** How many runs of this connection's prepared statements whose text holds {@code fragment} used a generic plan. */
    private long genericRuns(String fragment) {
        return jdbc.sql("select coalesce(sum(generic_plans), 0) from pg_prepared_statements where statement like :like")
                .param("like", "%" + fragment + "%").query(Long.class).single();
    }

    private static List<Long> ids(TimelineItems items) {
        return items.items().stream().map(item -> {
            Matcher id = ID.matcher(new String(item, StandardCharsets.UTF_8));
            assertThat(id.find()).isTrue();
            return Long.valueOf(id.group(1));
        }).toList();
    }
}
