package org.chancery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every full-app test shares besides the application: a fixed "today" (21 November
 * 2026), so that "open for 11 months" and "overdue" do not change with the calendar, and
 * a DataSource whose statements {@link SqlStatements} can count.
 */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestConfiguration {

    static final Instant TODAY = Instant.parse("2026-11-21T10:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(TODAY, ZoneOffset.UTC);
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return SqlStatements.countingDataSources();
    }
}
