package dev.lift.autoconfigure.resilience;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import dev.lift.error.LiftConfigurationException;

/**
 * How many per-key instances a pattern keeps and for how long: {@code lift.tenancy.max-tracked-tenants}
 * (default {@value #DEFAULT_MAX_TRACKED_TENANTS}) and {@code lift.tenancy.idle-expiry} (default 30
 * minutes). Keys come from untrusted input, so every pattern with per-tenant or per-operation
 * instances is bounded by these.
 *
 * @param maxTrackedTenants the most keyed instances a pattern keeps at once
 * @param idleExpiry how long an unused instance lives
 */
public record TenancyBounds(long maxTrackedTenants, Duration idleExpiry) {

    /** Default of {@code lift.tenancy.max-tracked-tenants}. */
    public static final long DEFAULT_MAX_TRACKED_TENANTS = 1000;

    /** Default of {@code lift.tenancy.idle-expiry}. */
    public static final Duration DEFAULT_IDLE_EXPIRY = Duration.ofMinutes(30);

    /**
     * @param maxTrackedTenants the most keyed instances a pattern keeps at once
     * @param idleExpiry how long an unused instance lives
     */
    public TenancyBounds {
        if (maxTrackedTenants < 1) {
            throw new LiftConfigurationException("lift.tenancy.max-tracked-tenants", maxTrackedTenants, "1 or more");
        }
        if (idleExpiry == null || idleExpiry.isNegative() || idleExpiry.isZero()) {
            throw new LiftConfigurationException("lift.tenancy.idle-expiry", idleExpiry, "a positive duration");
        }
    }

    /**
     * Reads the bounds from the environment.
     * @param environment the environment
     * @return the bounds
     */
    public static TenancyBounds from(Environment environment) {
        Binder binder = Binder.get(environment);
        long max = binder.bind("lift.tenancy.max-tracked-tenants", Long.class).orElse(DEFAULT_MAX_TRACKED_TENANTS);
        Duration idle = binder.bind("lift.tenancy.idle-expiry", Duration.class).orElse(DEFAULT_IDLE_EXPIRY);
        return new TenancyBounds(max, idle);
    }

}
