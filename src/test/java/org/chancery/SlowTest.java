package org.chancery;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that takes long: browser tests in Chromium, tests that fill the database with a
 * large fixture, and full-application test classes that take more than about five seconds. {@code ./mvnw test} leaves them out (Surefire excludes the tag); {@code ./mvnw
 * verify} runs them afterwards through Failsafe, so CI runs everything.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(SlowTest.TAG)
public @interface SlowTest {

    String TAG = "slow";
}
