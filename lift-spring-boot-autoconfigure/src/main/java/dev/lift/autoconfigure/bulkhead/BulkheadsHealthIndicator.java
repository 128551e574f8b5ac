package dev.lift.autoconfigure.bulkhead;

import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import dev.lift.bulkhead.BulkheadLevel;

/**
 * {@code liftBulkheads}: the configured saturated status while a global or per-operation pool is at
 * or above the saturation threshold, {@code UP} otherwise. A full bulkhead is back-pressure doing its
 * job, so by default the status stays {@code UP} and the details show the saturation.
 */
final class BulkheadsHealthIndicator implements LiftHealthIndicator {

    private final BulkheadStates states;

    private final double saturationThreshold;

    private final String saturatedStatus;

    private final boolean showTenants;

    BulkheadsHealthIndicator(BulkheadStates states, double saturationThreshold, String saturatedStatus,
            boolean showTenants) {
        this.states = states;
        this.saturationThreshold = saturationThreshold;
        this.saturatedStatus = saturatedStatus;
        this.showTenants = showTenants;
    }

    @Override
    public LiftHealth health() {
        boolean saturated = this.states.pools()
            .stream()
            .anyMatch((pool) -> pool.level() != BulkheadLevel.TENANT && pool.saturation() >= this.saturationThreshold);
        return new LiftHealth(saturated ? this.saturatedStatus : LiftHealth.UP, this.states.describe(this.showTenants));
    }

}
