package dev.lift.autoconfigure.tenancy;

import java.time.Duration;

import dev.lift.autoconfigure.PropertyConstraints;

/**
 * How many per-key instances a pattern keeps and for how long: {@code lift.tenancy.max-tracked-tenants}
 * and {@code lift.tenancy.tracked-tenant-idle-expiry}. Keys come from untrusted input, so every
 * pattern with per-tenant or per-operation instances is bounded by these.
 *
 * @param maxTrackedTenants the most keyed instances a pattern keeps at once
 * @param idleExpiry how long an unused instance lives
 */
public record TenancyBounds(long maxTrackedTenants, Duration idleExpiry) {

    /**
     * @param maxTrackedTenants the most keyed instances a pattern keeps at once
     * @param idleExpiry how long an unused instance lives
     */
    public TenancyBounds {
        PropertyConstraints.atLeast("lift.tenancy.max-tracked-tenants", maxTrackedTenants, 1);
        PropertyConstraints.positive("lift.tenancy.tracked-tenant-idle-expiry", idleExpiry, "15m");
    }

    /**
     * @param tenancy the tenancy properties
     * @return their bounds
     */
    public static TenancyBounds of(LiftTenancyProperties tenancy) {
        return new TenancyBounds(tenancy.getMaxTrackedTenants(), tenancy.getTrackedTenantIdleExpiry());
    }

}
