package org.chancery.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The read-only side of {@code LazyConnectionDataSourceProxy}: Spring's routing data source
 * choosing the replica while the {@link ReplicaMonitor} finds it usable and the request's
 * reads are not pinned to the primary ({@link PrimaryReads}), and the primary otherwise. A
 * replica that refuses a connection between two checks is marked down at once and the read
 * goes to the primary.
 */
final class ReadOnlyRouting extends AbstractRoutingDataSource {

    private static final Logger log = LoggerFactory.getLogger(ReadOnlyRouting.class);

    private enum Target { PRIMARY, REPLICA }

    private final DataSource primary;
    private final DataSource replica;
    private final ReplicaMonitor monitor;

    ReadOnlyRouting(DataSource primary, DataSource replica, ReplicaMonitor monitor) {
        this.primary = primary;
        this.replica = replica;
        this.monitor = monitor;
        setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica));
        setDefaultTargetDataSource(primary);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return monitor.status().readsFromReplica() && !PrimaryReads.pinned() ? Target.REPLICA : Target.PRIMARY;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (determineCurrentLookupKey() == Target.PRIMARY) {
            return primary.getConnection();
        }
        try {
            return replica.getConnection();
        } catch (SQLException e) {
            log.warn("The replica refused a connection; reading from the primary: {}", e.getMessage());
            monitor.markDown(e);
            return primary.getConnection();
        }
    }
}
