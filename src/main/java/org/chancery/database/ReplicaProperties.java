package org.chancery.database;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An optional streaming replica of the database ({@code chancery.datasource.replica.*}): when
 * {@code url} is set, read-only transactions read from it while it is up and no further behind
 * the primary than {@code maxLag}; it is checked every {@code checkEvery}.
 */
@ConfigurationProperties("chancery.datasource.replica")
public record ReplicaProperties(@Nullable String url, @Nullable String username, @Nullable String password,
        @DefaultValue("10s") Duration maxLag, @DefaultValue("2s") Duration checkEvery,
        @DefaultValue("5") int maximumPoolSize) {
}
