package org.chancery.database;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds the shipped record ({@code db/record}) to Flyway's locations unless
 * {@code chancery.record.enabled=false}, so an operator can start with an empty record.
 * Switched off on a database that already holds the record, the rows stay, and Flyway is
 * told not to mind the applied record migration it can no longer see.
 */
@Component
@EnableConfigurationProperties(RecordProperties.class) // also where a test slice leaves out the properties scan
public class ShippedRecordMigrations implements FlywayConfigurationCustomizer {

    static final String LOCATION = "classpath:db/record";

    private final boolean enabled;

    public ShippedRecordMigrations(RecordProperties properties) {
        this.enabled = properties.enabled();
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (!enabled) {
            configuration.ignoreMigrationPatterns("*:future", "versioned:missing");
            return;
        }
        Location[] current = configuration.getLocations();
        Location[] locations = java.util.Arrays.copyOf(current, current.length + 1);
        locations[current.length] = new Location(LOCATION);
        configuration.locations(locations);
    }
}
