package dev.lift.autoconfigure.health;

import dev.lift.ratelimit.FailurePolicy;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * {@code liftRateLimitStore}: {@code UP} while the store answers; while it is down, the configured
 * down status for a fail-closed store (every call is refused, default {@code DOWN}) or the fail-open
 * down status (calls run unlimited, default {@code UP}).
 */
final class RateLimitStoreHealthIndicator implements HealthIndicator {

    private final RateLimitStoreState state;

    private final Status downStatus;

    private final Status failOpenDownStatus;

    RateLimitStoreHealthIndicator(RateLimitStoreState state, Status downStatus, Status failOpenDownStatus) {
        this.state = state;
        this.downStatus = downStatus;
        this.failOpenDownStatus = failOpenDownStatus;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        if (this.state.down()) {
            health = Health.status(
                    (this.state.failurePolicy() == FailurePolicy.FAIL_CLOSED) ? this.downStatus : this.failOpenDownStatus);
        }
        return health.withDetails(this.state.describe(false)).build();
    }

}
