package org.chancery.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.chancery.ChanceryApplication;
import org.chancery.SlowTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application on a database that does not exist yet, as a newcomer's first run
 * does: it is created, every migration applies, and Hibernate validates the entities
 * against the result (start-up fails otherwise). The database is dropped afterwards.
 */
@SlowTest
class MigrationsIntegrationTests {

    private static final String BASE_URL = System.getenv().getOrDefault("CHANCERY_TEST_DATABASE_URL",
            "jdbc:postgresql://localhost:5432/chancery_test");
    private static final String USERNAME = System.getenv().getOrDefault("CHANCERY_TEST_DATABASE_USERNAME", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("CHANCERY_TEST_DATABASE_PASSWORD", "");

    @Test
    void migrationsApplyToAnEmptyDatabaseWithTheShippedRecord() throws SQLException {
        String database = freshDatabaseName();
        try (ConfigurableApplicationContext context = start(database, true)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);

            assertThat(context.getBean(Flyway.class).info().pending()).isEmpty();
            assertThat(count(jdbc, "state")).isEqualTo(249);
            assertThat(count(jdbc, "topic")).isEqualTo(18);
            assertThat(count(jdbc, "event")).isPositive();
            assertThat(count(jdbc, "source")).isEqualTo(5);
        } finally {
            drop(database);
        }
    }

    @Test
    void anOperatorCanStartWithAnEmptyRecord() throws SQLException {
        String database = freshDatabaseName();
        try (ConfigurableApplicationContext context = start(database, false)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);

            assertThat(count(jdbc, "state")).isEqualTo(249);
            assertThat(count(jdbc, "event")).isZero();
            assertThat(count(jdbc, "source")).isZero();
            assertThat(count(jdbc, "economic_figure")).isZero();
        } finally {
            drop(database);
        }
    }

    @Test
    void switchingTheRecordOffLaterKeepsItsRowsAndStillStarts() throws SQLException {
        String database = freshDatabaseName();
        try {
            long events;
            try (ConfigurableApplicationContext first = start(database, true)) {
                events = count(first.getBean(JdbcClient.class), "event");
            }
            try (ConfigurableApplicationContext second = start(database, false)) {
                assertThat(count(second.getBean(JdbcClient.class), "event")).isEqualTo(events);
            }
        } finally {
            drop(database);
        }
    }

    private static ConfigurableApplicationContext start(String database, boolean withRecord) {
        return new SpringApplicationBuilder(ChanceryApplication.class)
                .run("--server.port=0",
                        "--spring.datasource.url=" + urlOf(database),
                        "--chancery.record.enabled=" + withRecord,
                        "--spring.main.banner-mode=off");
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String freshDatabaseName() {
        return "chancery_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String urlOf(String database) {
        return BASE_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    private static void drop(String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USERNAME);
        credentials.setProperty("password", PASSWORD);
        try (Connection connection = DriverManager.getConnection(urlOf("postgres"), credentials);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        }
    }
}
