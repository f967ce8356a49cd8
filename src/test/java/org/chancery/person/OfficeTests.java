package org.chancery.person;

import java.time.LocalDate;

import org.chancery.common.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeTests {

    private final Office foreignMinister = new Office("Minister of Foreign Affairs of Israel",
            "Министр иностранных дел Израиля", "IL", null);

    @Test
    void knowsWhoHeldTheOfficeOnADay() {
        foreignMinister.appoint(person(1L), LocalDate.of(2020, 1, 1), LocalDate.of(2024, 11, 10));
        foreignMinister.appoint(person(2L), LocalDate.of(2024, 11, 11), null);

        assertThat(foreignMinister.holderOn(LocalDate.of(2024, 11, 10))).contains(1L);
        assertThat(foreignMinister.holderOn(LocalDate.of(2026, 1, 27))).contains(2L);
        assertThat(foreignMinister.holderOn(LocalDate.of(2019, 6, 1))).isEmpty();
    }

    @Test
    void refusesTwoHoldersOnTheSameDay() {
        foreignMinister.appoint(person(1L), LocalDate.of(2020, 1, 1), LocalDate.of(2024, 11, 11));

        assertThatThrownBy(() -> foreignMinister.appoint(person(2L), LocalDate.of(2024, 11, 11), null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already holds");
    }

    @Test
    void anUnknownEndIsAnOpenEnd() {
        foreignMinister.appoint(person(1L), LocalDate.of(2020, 1, 1), null);

        assertThatThrownBy(() -> foreignMinister.appoint(person(2L), LocalDate.of(2030, 1, 1), null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesATermThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> foreignMinister.appoint(person(1L), LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void endsATermWithoutOverlappingTheNextOne() {
        OfficeTerm first = foreignMinister.appoint(person(1L), LocalDate.of(2020, 1, 1), null);
        ReflectionTestUtils.setField(first, "id", 10L);

        foreignMinister.reviseTerm(10L, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 11, 10));
        foreignMinister.appoint(person(2L), LocalDate.of(2024, 11, 11), null);

        assertThat(foreignMinister.holderOn(LocalDate.of(2024, 11, 10))).contains(1L);
        assertThatThrownBy(() -> foreignMinister.reviseTerm(10L, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already holds");
        assertThatThrownBy(() -> foreignMinister.reviseTerm(10L, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(first.getHeldTo()).isEqualTo(LocalDate.of(2024, 11, 10));
    }

    private static Person person(long id) {
        Person person = new Person("Someone " + id, "Некто " + id);
        ReflectionTestUtils.setField(person, "id", id);
        return person;
    }
}
