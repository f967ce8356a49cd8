package org.chancery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in full-app tests: it starts at {@link #TODAY}, 21 November 2026,
 * and runs on in real time from there, shifted by however far a test has moved it. A test
 * that moves it puts it back with {@link #reset()} when it is done, so the tests around it
 * see the same day.
 */
public final class TestClock extends Clock {

    /** The day the full-app tests take for today. */
    public static final Instant TODAY = Instant.parse("2026-11-21T10:00:00Z");

    private final Instant realStart = Instant.now();
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
        return TODAY.plus(Duration.between(realStart, Instant.now())).plus(shift);
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
