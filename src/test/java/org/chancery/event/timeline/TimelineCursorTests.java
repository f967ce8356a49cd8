package org.chancery.event.timeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.chancery.common.query.KeysetCursor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineCursorTests {

    @Test
    void aCursorIsWrittenAsEveryKeysetPagesIsAndReadBack() {
        TimelineCursor byDate = new TimelineCursor.ByDate(LocalDate.of(2026, 1, 31), 42, TimelineOrder.OLDEST_FIRST);
        TimelineCursor byChange = new TimelineCursor.ByChange(9_000_000_001L, 7);

        assertThat(KeysetCursor.decode(byDate.encode())).isEqualTo(KeysetCursor.of("oldest", "2026-01-31", "42"));
        assertThat(TimelineCursor.decode(byDate.encode())).isEqualTo(byDate);
        assertThat(TimelineCursor.decode(byChange.encode())).isEqualTo(byChange);
    }

    @Test
    void aCursorHandedOutInTheFormerFormatStillLeadsToTheSamePlace() {
        assertThat(TimelineCursor.decode(former("t2:d:2026-01-31:5")))
                .isEqualTo(new TimelineCursor.ByDate(LocalDate.of(2026, 1, 31), 5, TimelineOrder.NEWEST_FIRST));
        assertThat(TimelineCursor.decode(former("t2:x:123:9"))).isEqualTo(new TimelineCursor.ByChange(123, 9));
    }

    @Test
    void refusesWhatWasNotMadeHereOrWasMadeForAnotherList() {
        assertThatThrownBy(() -> TimelineCursor.decode("not-a-cursor")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimelineCursor.decode(KeysetCursor.of("name", "Astana", "3").encode()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimelineCursor.decode(KeysetCursor.of("newest", "yesterday", "3").encode()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String former(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
