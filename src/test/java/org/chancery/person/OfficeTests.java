package org.chancery.person;

import java.time.LocalDate;

import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeTests {

    private final Office foreignMinister = new Office("Minister of Foreign Affairs of Israel",
            "Министр иностранных дел Израиля", "IL", null);

    @Test
    void knowsWhoHeldTheOfficeOnADay() {
        foreignMinister.appoint(person(1L), UncertainDate.day(2020, 1, 1), UncertainDate.day(2024, 11, 10));
        foreignMinister.appoint(person(2L), UncertainDate.day(2024, 11, 11), null);

        assertThat(foreignMinister.holderOn(LocalDate.of(2024, 11, 10))).contains(1L);
        assertThat(foreignMinister.holderOn(LocalDate.of(2026, 1, 27))).contains(2L);
        assertThat(foreignMinister.holderOn(LocalDate.of(2019, 6, 1))).isEmpty();
    }

    @Test
    void refusesTwoHoldersOnTheSameDay() {
        foreignMinister.appoint(person(1L), UncertainDate.day(2020, 1, 1), UncertainDate.day(2024, 11, 11));

        assertThatThrownBy(() -> foreignMinister.appoint(person(2L), UncertainDate.day(2024, 11, 11), null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already holds");
    }

    @Test
    void anUnknownEndIsAnOpenEnd() {
        foreignMinister.appoint(person(1L), UncertainDate.day(2020, 1, 1), null);

        assertThatThrownBy(() -> foreignMinister.appoint(person(2L), UncertainDate.day(2030, 1, 1), null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesATermThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> foreignMinister.appoint(person(1L), UncertainDate.day(2024, 1, 1), UncertainDate.day(2023, 1, 1)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void endsATermWithoutOverlappingTheNextOne() {
        OfficeTerm first = foreignMinister.appoint(person(1L), UncertainDate.day(2020, 1, 1), null);
        ReflectionTestUtils.setField(first, "id", 10L);

        foreignMinister.reviseTerm(10L, UncertainDate.day(2020, 1, 1), UncertainDate.day(2024, 11, 10));
        foreignMinister.appoint(person(2L), UncertainDate.day(2024, 11, 11), null);

        assertThat(foreignMinister.holderOn(LocalDate.of(2024, 11, 10))).contains(1L);
        assertThatThrownBy(() -> foreignMinister.reviseTerm(10L, UncertainDate.day(2020, 1, 1), UncertainDate.day(2025, 1, 1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already holds");
        assertThatThrownBy(() -> foreignMinister.reviseTerm(10L, UncertainDate.day(2020, 1, 1), UncertainDate.day(2019, 1, 1)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(first.getTo()).isEqualTo(UncertainDate.day(2024, 11, 10));
    }

    @Test
    void aTermUntil2020AndOneSince2020AreBothRecordedAndEitherMayHaveHeldTheOfficeIn2020() {
        foreignMinister.appoint(person(1L), null, UncertainDate.year(2020));
        foreignMinister.appoint(person(2L), UncertainDate.year(2020), null);

        assertThat(foreignMinister.holderOn(LocalDate.of(2019, 12, 31))).contains(1L);
        assertThat(foreignMinister.holderOn(LocalDate.of(2021, 1, 1))).contains(2L);
        assertThat(foreignMinister.holderOn(LocalDate.of(2020, 6, 1))).isPresent();
        assertThat(foreignMinister.getTerms().get(1).getFrom().toEdtf()).isEqualTo("2020");
    }

    @Test
    void refusesTwoHoldersOnADayBothTermsSurelyCover() {
        foreignMinister.appoint(person(1L), null, UncertainDate.year(2020));

        // "since 2019" surely began by 31 December 2019, "until 2020" surely lasted until 1 January 2020
        assertThatThrownBy(() -> foreignMinister.appoint(person(2L), UncertainDate.year(2019), null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("2019 – an unknown end");
        assertThatThrownBy(() -> foreignMinister.appoint(person(2L), UncertainDate.month(2020, 3), UncertainDate.year(2019)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot end");
    }

    private static Person person(long id) {
        Person person = new Person("Someone " + id, "Некто " + id);
        ReflectionTestUtils.setField(person, "id", id);
        return person;
    }
}
