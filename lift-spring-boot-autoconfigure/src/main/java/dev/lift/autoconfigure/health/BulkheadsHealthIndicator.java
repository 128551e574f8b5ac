package dev.lift.autoconfigure.health;

import dev.lift.bulkhead.BulkheadLevel;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * {@code liftBulkheads}: the configured saturated status while a global or per-operation pool is at
 * or above the saturation threshold, {@code UP} otherwise. A full bulkhead is back-pressure doing its
 * job, so by default the status stays {@code UP} and the details show the saturation.
 */
final class BulkheadsHealthIndicator implements HealthIndicator {

    private final BulkheadStates states;

    private final double saturationThreshold;

    private final Status saturatedStatus;

    private final boolean showTenants;

    BulkheadsHealthIndicator(BulkheadStates states, double saturationThreshold, Status saturatedStatus,
            boolean showTenants) {
        this.states = states;
        this.saturationThreshold = saturationThreshold;
        this.saturatedStatus = saturatedStatus;
        this.showTenants = showTenants;
    }

    @Override
    public Health health() {
        boolean saturated = this.states.pools()
            .stream()
            .anyMatch((pool) -> pool.level() != BulkheadLevel.TENANT && pool.saturation() >= this.saturationThreshold);
        return (saturated ? Health.status(this.saturatedStatus) : Health.up())
            .withDetails(this.states.describe(this.showTenants))
            .build();
    }

}
