package dev.lift.timeout;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import dev.lift.context.LiftContext;

/**
 * Timeouts of their own for some tenants, in front of another calculator: a tenant's timeout wins
 * over its operation's, as a tenant's override wins over an operation's in every pattern.
 */
public final class TenantTimeoutCalculator implements LiftTimeoutCalculator {

    private final Map<String, Duration> tenantTimeouts;

    private final LiftTimeoutCalculator others;

    /**
     * @param tenantTimeouts timeouts by tenant id, zero for none
     * @param others the calculator of calls whose tenant has no timeout of its own
     */
    public TenantTimeoutCalculator(Map<String, Duration> tenantTimeouts, LiftTimeoutCalculator others) {
        this.tenantTimeouts = Map.copyOf(tenantTimeouts);
        this.others = Objects.requireNonNull(others, "others");
    }

    @Override
    public Duration timeout(LiftContext context) {
        Duration timeout = context.hasTenant() ? this.tenantTimeouts.get(context.tenantId()) : null;
        return (timeout != null) ? timeout : this.others.timeout(context);
    }

}
