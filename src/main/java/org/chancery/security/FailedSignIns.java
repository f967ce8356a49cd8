package org.chancery.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A run of failed sign-ins for one username, or from one address, and the lock it has earned.
 * A run starts with a failure and counts those within {@link Limit#window()} of its start;
 * reaching {@link Limit#failures()} locks it for {@link Limit#firstLock()}. From then on each
 * failure after the lock ends locks it again for twice as long, up to {@link Limit#maximumLock()},
 * until {@link Limit#forgetAfter()} passes without a failure after a lock (or a sign-in
 * succeeds, which ends a username's run): then the next failure starts a new run. Forgetting
 * a lock only after a long quiet is what keeps a patient guesser slow: with the defaults a
 * username takes about thirty guesses a day, not the hundreds that waiting out a short window
 * between runs would allow.
 */
record FailedSignIns(int failures, Instant windowStartedAt, Instant lastFailureAt, @Nullable Instant lockedUntil) {

    /** How many failures lock, within what window, for how long, and after how much quiet a lock is forgotten. */
    record Limit(int failures, Duration window, Duration firstLock, Duration maximumLock, Duration forgetAfter) {

        Limit {
            if (failures < 1 || window.isNegative() || firstLock.isNegative() || maximumLock.compareTo(firstLock) < 0
                    || forgetAfter.compareTo(window) < 0) {
                throw new IllegalArgumentException("a sign-in limit needs a failure count of at least 1, "
                        + "a maximum lock no shorter than the first and a quiet to forget a lock no shorter than the window");
            }
        }

        /** The lock earned by the {@code failure}-th failure of a run: doubling from the first lock, capped. */
        Duration lockAfter(int failure) {
            int doublings = Math.min(failure - failures, 30);
            Duration lock = firstLock.multipliedBy(1L << doublings);
            return lock.compareTo(maximumLock) > 0 ? maximumLock : lock;
        }
    }

    /** A new run, begun by a failure at {@code at}. */
    static FailedSignIns first(Instant at, Limit limit) {
        return new FailedSignIns(1, at, at, limit.failures() <= 1 ? at.plus(limit.lockAfter(1)) : null);
    }

    /** How long attempts are still refused at {@code at}, if they are. */
    Optional<Duration> lockRemainingAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil) ? Optional.of(Duration.between(at, lockedUntil))
                : Optional.empty();
    }

    /** The run after one more failure at {@code at}. */
    FailedSignIns after(Instant at, Limit limit) {
        boolean hasLocked = lockedUntil != null;
        Instant quietSince = hasLocked ? lockedUntil : windowStartedAt;
        if (!at.isBefore(quietSince.plus(hasLocked ? limit.forgetAfter() : limit.window()))) {
            return first(at, limit);
        }
        int count = failures + 1;
        Instant lock = count >= limit.failures() ? at.plus(limit.lockAfter(count)) : null;
        return new FailedSignIns(count, windowStartedAt, at, lock);
    }
}
