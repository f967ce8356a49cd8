package org.chancery;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What every full-app test shares besides the application: a clock the tests can move ({@link TestClock}). */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
