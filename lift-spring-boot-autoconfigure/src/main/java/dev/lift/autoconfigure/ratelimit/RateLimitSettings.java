package dev.lift.autoconfigure.ratelimit;

import java.time.Duration;

/**
 * The limit of one tenant or operation ({@code lift.rate-limit.tenants.<id>.*},
 * {@code lift.rate-limit.operations.<name>.*}). Unset values ({@code null}) fall through to the layer
 * below: the operation's override, then the top level.
 *
 * @param limitForPeriod calls allowed per period
 * @param period length of a period
 */
public record RateLimitSettings(Long limitForPeriod, Duration period) {
}
