package org.chancery;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;

/**
 * What every full-app test shares besides the application: a clock whose "today" is 21
 * November 2026 and which tests can move ({@link TestClock}), so that "open for 11 months"
 * and "overdue" do not change with the calendar; and a DataSource whose statements
 * {@link SqlStatements} can count; and every API response held against the OpenAPI
 * document ({@link ApiResponseContract}).
 */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return SqlStatements.countingDataSources();
    }

    @Bean
    MockMvcBuilderCustomizer apiResponsesKeepTheContract(Environment environment) {
        ApiResponseContract contract = new ApiResponseContract(environment);
        return builder -> builder.alwaysDo(contract);
    }
}
