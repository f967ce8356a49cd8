package org.chancery.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes a fresh PostgreSQL usable with no step by hand: before anything uses the data
 * source, it checks that the configured database exists and creates it (through the
 * server's {@code postgres} database) when it does not. When the server cannot be reached
 * at all, start-up stops with a message that says how to provide one. Switched off with
 * {@code chancery.database.create-if-missing=false}, for servers where the application's
 * account may not create databases.
 */
@Component
public class MissingDatabaseCreator implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(MissingDatabaseCreator.class);
    private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?/]+)(\\?.*)?$");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final String INVALID_CATALOG_NAME = "3D000";

    private boolean enabled = true;

    @Override
    public void setEnvironment(Environment environment) {
        // A post-processor of the data source is made before properties beans can be injected: bind them here.
        this.enabled = Binder.get(environment).bind("chancery.database", DatabaseProperties.class)
                .map(DatabaseProperties::createIfMissing).orElse(true);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (enabled && bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null) {
            ensureDatabaseExists(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
        }
        return bean;
    }

    static void ensureDatabaseExists(String url, String username, String password) {
        Matcher matcher = POSTGRES_URL.matcher(url);
        if (!matcher.matches()) {
            return;
        }
        Properties credentials = credentials(username, password);
        try (Connection ignored = DriverManager.getConnection(url, credentials)) {
            return;
        } catch (SQLException e) {
            if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
                throw unreachable(url, e);
            }
        }
        String database = matcher.group(2);
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalStateException("The database '" + database + "' does not exist, and its name is not one "
                    + "Chancery creates by itself; create it by hand.");
        }
        String maintenanceUrl = matcher.group(1) + "postgres" + (matcher.group(3) == null ? "" : matcher.group(3));
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials);
             Statement statement = connection.createStatement()) {
            statement.execute("create database \"" + database + "\"");
            log.info("Created the database '{}', which did not exist yet", database);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another instance: fine
                throw new IllegalStateException("The database '" + database + "' does not exist and could not be "
                        + "created (" + e.getSQLState() + "). Create it, or point SPRING_DATASOURCE_URL at one that exists.", e);
            }
        }
    }

    private static Properties credentials(String username, String password) {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    private static IllegalStateException unreachable(String url, SQLException cause) {
        return new IllegalStateException("""
                Chancery cannot use the PostgreSQL database at %s (%s, SQL state %s).
                Start a PostgreSQL server there (for example `docker compose up -d db`), or point the application at \
                one with SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD \
                (the tests read CHANCERY_TEST_DATABASE_URL).""".formatted(url, cause.getMessage(), cause.getSQLState()), cause);
    }

}
