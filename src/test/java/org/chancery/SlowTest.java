package org.chancery;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that takes long: browser tests in Chromium, tests that fill the database with a
 * large fixture or start PostgreSQL clusters of their own, and full-application test classes
 * that took more than about five seconds when they were marked (before test accounts' passwords
 * were hashed at BCrypt's lowest cost, which made several of them quick). {@code ./mvnw test}
 * leaves them out (Surefire excludes the tag); {@code ./mvnw verify} runs them afterwards
 * through Failsafe, so CI runs everything.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(SlowTest.TAG)
public @interface SlowTest {

    String TAG = "slow";
}
