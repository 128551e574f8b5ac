package dev.lift.ratelimit;

import java.time.Duration;

/**
 * The answer of a {@link RateLimitStore} for one call, with what the rate-limit response headers
 * need.
 *
 * @param allowed whether the call may run
 * @param limit the calls allowed in one period
 * @param remaining the calls left in the current period after this one, or {@link #UNCOUNTED} when
 *     the store did not count them for an allowed call (such a call carries no rate-limit headers)
 * @param reset the time until the current period ends and the quota is refilled
 * @param period the length of a period, for the {@code RateLimit-Policy} window
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, Duration reset, Duration period) {

    /** The {@code remaining} of an allowed call whose store did not count what is left. */
    public static final long UNCOUNTED = -1;

}
