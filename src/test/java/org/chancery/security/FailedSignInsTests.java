package org.chancery.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailedSignInsTests {

    private static final Instant START = Instant.parse("2026-11-21T09:00:00Z");
    private static final FailedSignIns.Limit FIVE = new FailedSignIns.Limit(5, Duration.ofMinutes(15),
            Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(24));
    /** The limit the app runs with when nothing is configured. */
    private static final FailedSignIns.Limit DEFAULT = new SignInThrottleProperties(5, 20, Duration.ofMinutes(15),
            Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24)).usernameLimit();

    @Test
    void fourFailuresLockNothingAndTheFifthLocksForAMinute() {
        FailedSignIns run = failures(4, START, Duration.ofSeconds(10));
        assertThat(run.lockRemainingAt(run.lastFailureAt())).isEmpty();

        run = run.after(run.lastFailureAt().plusSeconds(10), FIVE);

        assertThat(run.failures()).isEqualTo(5);
        assertThat(run.lockRemainingAt(run.lastFailureAt())).contains(Duration.ofMinutes(1));
        assertThat(run.lockRemainingAt(run.lastFailureAt().plusSeconds(59))).contains(Duration.ofSeconds(1));
        assertThat(run.lockRemainingAt(run.lastFailureAt().plusSeconds(60))).isEmpty();
    }

    @Test
    void eachFailureAfterALockDoublesTheNextUpToFifteenMinutes() {
        FailedSignIns run = failures(5, START, Duration.ofSeconds(1));
        Duration[] expected = {Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(15), Duration.ofMinutes(15)};
        for (Duration lock : expected) {
            Instant afterTheLock = run.lockedUntil();
            run = run.after(afterTheLock, FIVE);
            assertThat(run.lockRemainingAt(afterTheLock)).contains(lock);
        }
        assertThat(run.failures()).isEqualTo(10);
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowStartAgain() {
        FailedSignIns run = failures(4, START, Duration.ofMinutes(3));

        run = run.after(START.plus(Duration.ofMinutes(15)), FIVE);

        assertThat(run.failures()).isEqualTo(1);
        assertThat(run.lockedUntil()).isNull();
    }

    @Test
    void quietAfterALockIsForgottenOnlyAfterADay() {
        FailedSignIns locked = failures(5, START, Duration.ofSeconds(1));

        FailedSignIns sameDay = locked.after(locked.lockedUntil().plus(Duration.ofHours(23)), FIVE);
        FailedSignIns nextDay = locked.after(locked.lockedUntil().plus(Duration.ofHours(24)), FIVE);

        assertThat(sameDay.failures()).isEqualTo(6);
        assertThat(sameDay.lockRemainingAt(sameDay.lastFailureAt())).contains(Duration.ofMinutes(2));
        assertThat(nextDay.failures()).isEqualTo(1);
        assertThat(nextDay.lockedUntil()).isNull();
    }

    @Test
    void aGuesserWhoTriesTheMomentEachLockEndsGetsAboutThirtyGuessesADay() {
        Instant end = START.plus(Duration.ofDays(1));
        Instant at = START;
        FailedSignIns run = FailedSignIns.first(at, DEFAULT);
        int guesses = 1;
        while (true) {
            at = run.lockedUntil() != null && run.lockedUntil().isAfter(at) ? run.lockedUntil() : at.plusSeconds(1);
            if (!at.isBefore(end)) {
                break;
            }
            run = run.after(at, DEFAULT);
            guesses++;
        }

        assertThat(guesses).isBetween(25, 35);
        assertThat(DEFAULT.lockAfter(guesses)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aLimitOfOneLocksAtTheFirstFailure() {
        FailedSignIns.Limit one = new FailedSignIns.Limit(1, Duration.ofMinutes(15), Duration.ofMinutes(1),
                Duration.ofMinutes(15), Duration.ofHours(24));

        assertThat(FailedSignIns.first(START, one).lockRemainingAt(START)).contains(Duration.ofMinutes(1));
    }

    @Test
    void aVeryLongRunStaysAtTheMaximum() {
        assertThat(FIVE.lockAfter(500)).isEqualTo(Duration.ofMinutes(15));
    }

    private static FailedSignIns failures(int count, Instant start, Duration apart) {
        FailedSignIns run = FailedSignIns.first(start, FIVE);
        for (int i = 1; i < count; i++) {
            run = run.after(start.plus(apart.multipliedBy(i)), FIVE);
        }
        return run;
    }
}
