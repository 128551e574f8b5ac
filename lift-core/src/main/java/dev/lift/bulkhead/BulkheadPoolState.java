package dev.lift.bulkhead;

import dev.lift.instances.InstanceKey;

/**
 * A snapshot of one permit pool of a {@link LiftBulkhead}, for health and the actuator endpoint.
 *
 * @param level the pool's level
 * @param key the tenant and/or operation the pool serves
 * @param limit its permits
 * @param inUse permits held by running calls
 * @param waiting calls waiting for a permit
 */
public record BulkheadPoolState(BulkheadLevel level, InstanceKey key, int limit, int inUse, int waiting) {

    /** @return the share of permits in use, from 0 to 1 */
    public double saturation() {
        return (this.limit > 0) ? (double) this.inUse / this.limit : 0;
    }

}
