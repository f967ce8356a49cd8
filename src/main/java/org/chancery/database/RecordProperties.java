package org.chancery.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chancery.record.*}: the shipped record.
 *
 * @param enabled whether Flyway also applies the shipped record ({@code db/record}); set to
 *                false before the first start to begin with an empty record
 */
@ConfigurationProperties("chancery.record")
public record RecordProperties(@DefaultValue("true") boolean enabled) {
}
