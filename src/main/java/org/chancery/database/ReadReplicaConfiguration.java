package org.chancery.database;

import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;

/**
 * Reads from a streaming replica when {@code chancery.datasource.replica.url} is set (and
 * nothing changes when it is not). The application's DataSource is then Spring's
 * {@link LazyConnectionDataSourceProxy} over the primary pool, whose read-only side is the
 * replica's pool: a {@code @Transactional(readOnly = true)} transaction reads from the
 * replica, everything else (writes, Flyway, sessions, reads outside a transaction) from the
 * primary. The replica is checked for reach and lag ({@link ReplicaMonitor}); while it fails,
 * reads fall back to the primary, shown by {@code /actuator/health/replica} and the gauges
 * {@code chancery.datasource.replica.in.use} and {@code chancery.datasource.replica.lag}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "chancery.datasource.replica", name = "url")
class ReadReplicaConfiguration {

    /** The primary's pool, from {@code spring.datasource.*} as without a replica. */
    @Bean
    @FlywayDataSource
    @SpringSessionDataSource
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(DataSourceProperties properties) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("primary");
        return pool;
    }

    @Bean
    ReplicaMonitor replicaMonitor(@Qualifier("primaryDataSource") DataSource primary, ReplicaProperties properties,
            Clock clock) {
        return new ReplicaMonitor(primary, replicaPool(properties), properties, clock);
    }

    @Bean
    @Primary
    DataSource dataSource(@Qualifier("primaryDataSource") DataSource primary, ReplicaMonitor monitor) {
        LazyConnectionDataSourceProxy routed = new LazyConnectionDataSourceProxy(primary);
        routed.setReadOnlyDataSource(new ReadOnlyRouting(primary, monitor.replicaPool(), monitor));
        return routed;
    }

    @Bean
    ReplicaHealthIndicator replicaHealthIndicator(ReplicaMonitor monitor) {
        return new ReplicaHealthIndicator(monitor);
    }

    @Bean
    MeterBinder replicaMeters(ReplicaMonitor monitor) {
        return registry -> {
            Gauge.builder("chancery.datasource.replica.in.use", monitor, m -> m.status().readsFromReplica() ? 1 : 0)
                    .description("1 while read-only transactions read from the replica, 0 while they fall back to the primary")
                    .register(registry);
            Gauge.builder("chancery.datasource.replica.lag", monitor,
                            m -> m.status().lag() == null ? Double.NaN : m.status().lag().toMillis() / 1000.0)
                    .description("How far the replica was behind the primary at the last check (NaN: not reachable)")
                    .baseUnit("seconds")
                    .register(registry);
        };
    }

    @Bean
    FilterRegistrationBean<ReadYourWritesFilter> readYourWritesFilter(ReplicaProperties properties, Clock clock) {
        FilterRegistrationBean<ReadYourWritesFilter> registration = new FilterRegistrationBean<>(
                new ReadYourWritesFilter(properties.maxLag(), clock));
        // Inside Spring Session's filter (which runs first), so the session it sees is the shared one; and before
        // Spring Security's, so that a sign-in, a token's check and the sign-in lock of a post read the primary: an
        // account created, a password changed or a token revoked a moment ago counts at once on every instance.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /**
     * The replica's pool: not a bean, so nothing else picks it up (or tries to create its
     * database); it starts even while the replica is down, and waits for a connection only
     * briefly, so that a read falls back to the primary soon.
     */
    private static HikariDataSource replicaPool(ReplicaProperties properties) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("replica");
        pool.setJdbcUrl(properties.url());
        pool.setUsername(properties.username());
        pool.setPassword(properties.password());
        pool.setReadOnly(true);
        // As the primary's pool (spring.datasource.hikari.data-source-properties.options):
        // every statement planned for its own values, none split across parallel workers; see
        // docs/architecture.md, Reading at scale.
        pool.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan -c max_parallel_workers_per_gather=0 -c jit=off");
        pool.setMaximumPoolSize(properties.maximumPoolSize());
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(1_000);
        pool.setValidationTimeout(500);
        pool.setInitializationFailTimeout(-1);
        return pool;
    }
}
