package org.chancery;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.jdbc.Sql;

/**
 * The whole application on a random port over the test database (with the shipped record),
 * its clock a {@link TestClock} whose "today" is 21 November 2026 and which tests may move,
 * and SQL statements countable ({@link SqlStatements}).
 * Every full-app test uses exactly this, so they share one application context.
 *
 * <p>Requests come from the loopback address, so every test's failed sign-ins would add up,
 * over a run and the runs after it, to the limit that locks an address (and with it every
 * later test): after each test, the loopback address's failures and those of usernames that
 * name no account (any more) are forgotten.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(IntegrationTestConfiguration.class)
@Sql(executionPhase = Sql.ExecutionPhase.AFTER_TEST_METHOD, statements = "delete from sign_in_throttle "
        + "where (kind = 'ADDRESS' and subject in ('127.0.0.1', '0:0:0:0:0:0:0:1')) "
        + "or (kind = 'USERNAME' and subject not in (select lower(username) from account))")
public @interface ChanceryIntegrationTest {
}
