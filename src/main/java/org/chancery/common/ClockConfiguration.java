package org.chancery.common;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock that says what "today" is: how long a commitment has been open, whether a
 * planned event is overdue. Tests replace it with a fixed one so their answers do not
 * change with the calendar.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
