package org.chancery.common.query;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KeysetCursorTests {

    @Test
    void aCursorReadsBackAsItsOrderAndKeysWhateverTheyContain() {
        KeysetCursor cursor = KeysetCursor.of("name", "Ministry: \"of\" Foreign Affairs/Минис", null, 42L);

        KeysetCursor read = KeysetCursor.decode(cursor.encode());

        assertThat(read).isEqualTo(cursor);
        assertThat(read.key(0)).isEqualTo("Ministry: \"of\" Foreign Affairs/Минис");
        assertThat(read.keyOrNull(1)).isNull();
        assertThat(read.key(2)).isEqualTo("42");
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aStringThatWasNotMadeHereIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> KeysetCursor.decode("bm90IGEgY3Vyc29y"));
        assertThatIllegalArgumentException().isThrownBy(() -> KeysetCursor.decode("%%%"));
        assertThatIllegalArgumentException().isThrownBy(() -> KeysetCursor.decode(""));
    }

    @Test
    void aMissingKeyIsRefusedWhenRead() {
        KeysetCursor cursor = KeysetCursor.of("sync", Instant.parse("2026-01-27T09:00:00Z"));

        assertThatIllegalArgumentException().isThrownBy(() -> ChangePosition.from(cursor));
        assertThat(ChangePosition.from(new ChangePosition(912_345L, 7).cursor()))
                .isEqualTo(new ChangePosition(912_345L, 7));
        assertThat(LocalDate.parse(KeysetCursor.of("published", LocalDate.of(2026, 1, 27), 3).key(0)))
                .isEqualTo(LocalDate.of(2026, 1, 27));
    }
}
