package org.chancery.common;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation's "now" ({@code @Future}, {@code @PastOrPresent} …) is the application's
 * clock, so a form's "not in the past" agrees with the service that saves it, and tests that
 * fix "today" fix it for validation too.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClock {

    @Bean
    ValidationConfigurationCustomizer applicationClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
