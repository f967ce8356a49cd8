package org.chancery.event.api;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.InvalidParameterException;
import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.chancery.event.timeline.TimelineFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineParametersTests {

    private static final Predicate<String> STATES = Set.of("KZ", "IL")::contains;
    private static final Predicate<String> TOPICS = Set.of("water")::contains;

    @Test
    void anExportReadsTheSameFiltersAsAPage() {
        TimelineParameters parameters = new TimelineParameters("kz", "IL", List.of("visit,call"), List.of("water"),
                null, "2026-01-01", "2026-01-31", " Астана ", null, null, null, null, null);

        TimelineFilter filter = parameters.parseExport(STATES, TOPICS);

        assertThat(filter).isEqualTo(parameters.parse(STATES, TOPICS).filter());
        assertThat(filter.kinds()).containsExactlyInAnyOrder(EventKind.VISIT, EventKind.CALL);
        assertThat(filter.text()).isEqualTo("Астана");
    }

    @Test
    void anExportRefusesPagingSortAndSyncAlongWithEveryOtherProblem() {
        TimelineParameters parameters = new TimelineParameters("XX", null, null, null, null, null, null, null,
                "10", "dDE6MjAyNi0wMS0yNzoxMg", "date", "2026-01-01T00:00:00Z", "true");

        assertThatThrownBy(() -> parameters.parseExport(STATES, TOPICS))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameters())
                        .extracting(InvalidParameter::name)
                        .containsExactly("state", "limit", "cursor", "sort", "updatedSince", "count"));
    }

    @Test
    void anExportOfOneStatusTakesThatStatusOrNoneAndRefusesAnother() {
        assertThat(parameters(null).parseExport(STATES, TOPICS, EventStatus.PLANNED).statuses())
                .containsExactly(EventStatus.PLANNED);
        assertThat(parameters(List.of("planned")).parseExport(STATES, TOPICS, EventStatus.PLANNED).statuses())
                .containsExactly(EventStatus.PLANNED);
        assertThatThrownBy(() -> parameters(List.of("PLANNED,HAPPENED")).parseExport(STATES, TOPICS, EventStatus.PLANNED))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameters())
                        .extracting(InvalidParameter::name).containsExactly("status"));
    }

    private static TimelineParameters parameters(List<String> status) {
        return new TimelineParameters(null, null, null, null, status, null, null, null, null, null, null, null, null);
    }
}
