package org.chancery;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * The test database is disposable: when its applied migrations do not match the code's (a
 * run of another branch left it so), it is wiped and built again instead of failing every
 * test. Only in tests; the application never cleans a database.
 */
@AutoConfiguration
public class DisposableTestDatabase {

    private static final Logger log = LoggerFactory.getLogger(DisposableTestDatabase.class);

    @Bean
    FlywayMigrationStrategy rebuildWhenMigrationsDiffer() {
        return flyway -> {
            try {
                flyway.migrate();
            } catch (FlywayValidateException e) {
                log.warn("The test database was migrated by other code; wiping and rebuilding it: {}", e.getMessage());
                flyway.clean();
                flyway.migrate();
            }
        };
    }
}
