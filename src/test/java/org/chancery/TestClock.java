package org.chancery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in full-app tests: the real time, shifted by however far a test has
 * moved it. A test that moves it puts it back with {@link #reset()} when it is done, so the
 * tests around it see the real time.
 */
public final class TestClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    /** Moves "now" on by {@code duration} (and on from there as real time passes). */
    public void advance(Duration duration) {
        shift = shift.plus(duration);
    }

    public void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock stays in UTC, as the application's does");
    }
}
