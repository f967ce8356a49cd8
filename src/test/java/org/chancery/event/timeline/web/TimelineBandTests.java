package org.chancery.event.timeline.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chancery.common.UncertainDate;
import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.chancery.event.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineBandTests {

    @Test
    void oneEventFarBeforeTheRestGetsANarrowSegmentBehindABreak() {
        List<TimelineEntry> entries = new ArrayList<>(recent());
        entries.add(entry(1, UncertainDate.year(1992).approximately()));

        TimelineBand band = TimelineBand.of(entries, Locale.ENGLISH);

        assertThat(band.breakX()).isNotNull().isLessThan(TimelineBand.WIDTH * 0.2);
        assertThat(mark(band, 1).x()).isLessThan(band.breakX());
        // the events since 2023 share the width after the break instead of its last 5 %
        assertThat(mark(band, 100).x()).isGreaterThan(band.breakX()).isLessThan(TimelineBand.WIDTH * 0.3);
        assertThat(mark(band, 119).x()).isGreaterThan(TimelineBand.WIDTH * 0.9);
        assertThat(band.ticks()).extracting(TimelineBand.Tick::label).contains("1992", "2024", "2026");
    }

    @Test
    void eventsCloseTogetherKeepOneAxis() {
        TimelineBand band = TimelineBand.of(recent(), Locale.ENGLISH);

        assertThat(band.breakX()).isNull();
        assertThat(mark(band, 100).x()).isLessThan(20);
    }

    /** Twenty events, one every two months from January 2023. */
    private static List<TimelineEntry> recent() {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            entries.add(entry(100 + i, UncertainDate.month(2023 + (i * 2) / 12, 1 + (i * 2) % 12)));
        }
        return entries;
    }

    private static TimelineBand.Mark mark(TimelineBand band, long id) {
        return band.marks().stream().filter(mark -> mark.eventId() == id).findFirst().orElseThrow();
    }

    private static TimelineEntry entry(long id, UncertainDate date) {
        return new TimelineEntry(id, EventKind.OTHER, EventStatus.HAPPENED, "Event " + id, null, null, null, date,
                null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null, null, null, null, 0, Instant.EPOCH, null, false);
    }
}
