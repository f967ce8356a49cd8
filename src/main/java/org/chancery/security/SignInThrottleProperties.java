package org.chancery.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are slowed down ({@code chancery.security.sign-in-throttle.*}). After
 * {@code usernameFailures} failures for one username within {@code window}, that username is
 * locked for {@code firstLock}; each further failure before {@code forgetAfter} of quiet has
 * passed doubles the lock, up to {@code maximumLock}. An address that fails {@code addressFailures}
 * times, whatever the usernames, is locked the same way.
 */
@ConfigurationProperties("chancery.security.sign-in-throttle")
public record SignInThrottleProperties(
        @DefaultValue("5") int usernameFailures,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("1m") Duration firstLock,
        @DefaultValue("1h") Duration maximumLock,
        @DefaultValue("24h") Duration forgetAfter) {

    FailedSignIns.Limit usernameLimit() {
        return new FailedSignIns.Limit(usernameFailures, window, firstLock, maximumLock, forgetAfter);
    }

    FailedSignIns.Limit addressLimit() {
        return new FailedSignIns.Limit(addressFailures, window, firstLock, maximumLock, forgetAfter);
    }
}
