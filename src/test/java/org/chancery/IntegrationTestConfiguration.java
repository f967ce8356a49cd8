package org.chancery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What every full-app test shares besides the application: a clock whose "today" is 21
 * November 2026 and which tests can move ({@link TestClock}), so that "open for 11 months"
 * and "overdue" do not change with the calendar; and a DataSource whose statements
 * {@link SqlStatements} can count; every API response held against the OpenAPI document
 * ({@link ApiResponseContract}); and the test admin's password as configured: the first
 * admin is created only while no admin exists, so a test database kept from before the
 * configured password changed would otherwise keep the old one; it is stored hashed at BCrypt's
 * lowest cost, as {@link TestAccounts} stores theirs.
 */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    ApplicationRunner testAdminPasswordAsConfigured(JdbcClient jdbc, PasswordEncoder encoder,
            @Value("${chancery.admin.username}") String username, @Value("${chancery.admin.password}") String password) {
        return arguments -> jdbc.sql("select password_hash from account where username = ?").param(username)
                .query(String.class).optional()
                .filter(hash -> !(hash.startsWith(TestAccounts.QUICK_BCRYPT) && encoder.matches(password, hash)))
                .ifPresent(outdated -> jdbc.sql("update account set password_hash = ? where username = ?")
                        .param(TestAccounts.quickHash(password)).param(username).update());
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
