package org.chancery.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password: too many recent failures for this
 * username or from this address. Says how long to wait, and nothing about the account.
 */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again later.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole minutes, rounded up: what the login page tells a person. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }

    /** The wait in whole seconds, rounded up: what HTTP's Retry-After says. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
