package org.chancery.audit;

import java.time.Instant;
import java.util.List;

import org.chancery.audit.ChangeLog.ChangeEntry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Versions the change log never kept whole are given back by undoing the changes since. */
class ChangeLogTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant AT = Instant.parse("2026-12-03T08:00:00Z");

    private static final String SHIPPED = """
            {"title": {"en": "Saar visits Astana", "ru": null}, "date": "2026-01~", "topics": ["water"]}""";
    private static final String CORRECTED = """
            {"title": {"en": "Saar visits Astana", "ru": null}, "date": "2026-01-27", "topics": ["water"]}""";
    private static final String EDITED = """
            {"title": {"en": "Saar visits Astana", "ru": "Саар посещает Астану"}, "date": "2026-01-27",
             "topics": ["water", "ai"]}""";

    @Test
    void theFirstVersionOfARecordLoadedBeforeItsHistoryIsTheLaterOneWithEachChangeUndone() {
        // A correction by a migration (not kept whole), then an edit through the app (kept whole).
        List<ChangeEntry> history = List.of(
                entry(ChangeAction.UPDATED, 1, SHIPPED, CORRECTED, false),
                entry(ChangeAction.UPDATED, 2, CORRECTED, EDITED, true));

        assertThat(ChangeLog.snapshotAt(history, 2)).contains(json(EDITED));
        assertThat(ChangeLog.snapshotAt(history, 1)).contains(json(CORRECTED));
        assertThat(ChangeLog.snapshotAt(history, 0)).contains(json(SHIPPED));
    }

    @Test
    void aGapInTheHistoryLeadsBackToNothing() {
        List<ChangeEntry> history = List.of(
                entry(ChangeAction.UPDATED, 1, SHIPPED, CORRECTED, false),
                entry(ChangeAction.UPDATED, 3, CORRECTED, EDITED, true));

        assertThat(ChangeLog.snapshotAt(history, 3)).contains(json(EDITED));
        assertThat(ChangeLog.snapshotAt(history, 0)).isEmpty();
        assertThat(ChangeLog.snapshotAt(history, 4)).isEmpty();
    }

    @Test
    void withoutAnyVersionKeptWholeNothingCanBeRebuilt() {
        List<ChangeEntry> history = List.of(entry(ChangeAction.UPDATED, 1, SHIPPED, CORRECTED, false));

        assertThat(ChangeLog.snapshotAt(history, 0)).isEmpty();
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static ChangeEntry entry(ChangeAction action, long version, @Nullable String before, String after,
            boolean keptWhole) {
        JsonNode to = json(after);
        return new ChangeEntry(version, action, "editor", AT, version,
                ChangeLog.differences(before == null ? null : json(before), to), keptWhole ? to : null, null);
    }
}
