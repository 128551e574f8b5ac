package dev.lift.autoconfigure.ratelimit;

import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import dev.lift.ratelimit.FailurePolicy;

/**
 * {@code liftRateLimitStore}: {@code UP} while the store answers; while it is down, the configured
 * down status for a fail-closed store (every call is refused, default {@code DOWN}) or the fail-open
 * down status (calls run unlimited, default {@code UP}).
 */
final class RateLimitStoreHealthIndicator implements LiftHealthIndicator {

    private final RateLimitStoreState state;

    private final String downStatus;

    private final String failOpenDownStatus;

    RateLimitStoreHealthIndicator(RateLimitStoreState state, String downStatus, String failOpenDownStatus) {
        this.state = state;
        this.downStatus = downStatus;
        this.failOpenDownStatus = failOpenDownStatus;
    }

    @Override
    public LiftHealth health() {
        String status = LiftHealth.UP;
        if (this.state.down()) {
            status = (this.state.failurePolicy() == FailurePolicy.FAIL_CLOSED) ? this.downStatus
                    : this.failOpenDownStatus;
        }
        return new LiftHealth(status, this.state.describe(false));
    }

}
