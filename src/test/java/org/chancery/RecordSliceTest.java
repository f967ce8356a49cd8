package org.chancery;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

import org.chancery.database.MissingDatabaseCreator;
import org.chancery.database.ShippedRecordMigrations;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * The JPA slice over the real test database (never an embedded one), migrated by Flyway and
 * validated by Hibernate. Each test runs in a transaction that is rolled back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({MissingDatabaseCreator.class, ShippedRecordMigrations.class, DisposableTestDatabase.class})
public @interface RecordSliceTest {
}
