package org.chancery.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chancery.database.*}: what the application may do to its PostgreSQL server.
 *
 * @param createIfMissing create the configured database on start when the server lacks it
 *                        (false where the application's account may not create databases)
 */
@ConfigurationProperties("chancery.database")
public record DatabaseProperties(@DefaultValue("true") boolean createIfMissing) {
}
