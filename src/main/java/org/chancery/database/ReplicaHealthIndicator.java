package org.chancery.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code /actuator/health/replica}: UP while reads go to the replica, FALLBACK while they go
 * to the primary because it is down or lags. FALLBACK answers 200 and ranks below UP
 * (management.endpoint.health.status.order), so the instance stays in its load balancer:
 * it still serves, from the primary.
 */
final class ReplicaHealthIndicator implements HealthIndicator {

    static final Status FALLBACK = new Status("FALLBACK", "reading from the primary");

    private final ReplicaMonitor monitor;

    ReplicaHealthIndicator(ReplicaMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public Health health() {
        ReplicaStatus status = monitor.status();
        Health.Builder health = status.readsFromReplica() ? Health.up() : Health.status(FALLBACK);
        health.withDetail("reads", status.readsFromReplica() ? "replica" : "primary")
                .withDetail("maxLag", monitor.maxLag().toString())
                .withDetail("checkedAt", status.checkedAt().toString());
        if (status.lag() != null) {
            health.withDetail("lag", status.lag().toString());
        }
        if (status.fallbackReason() != null) {
            health.withDetail("reason", status.fallbackReason());
        }
        return health.build();
    }
}
