/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.lift.ratelimit;

import java.time.Duration;
import java.util.Objects;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKey;
import dev.lift.instances.ScopedInstances;

/**
 * A rate limit counted in this JVM only: one resilience4j {@link RateLimiter} per key, kept in the
 * registry under the instance name ({@code lift-rate-limit:tenant=acme}) so {@code resilience4j.*}
 * tooling sees them. Keys come from untrusted input, so the limiters are bounded by
 * {@link ScopedInstances}: an evicted one leaves the registry too.
 *
 * <p>An allowed call is answered from one shared decision per limiter that does not say what is left
 * ({@link RateLimitDecision#UNCOUNTED}), unless the store counts allowed calls: then it reads the
 * limiter's remaining permits and the time to its next refresh for each one, so that the call can
 * carry the rate-limit headers.
 *
 * <p>On Lambda each environment counts on its own: the effective limit is this limit times the number
 * of environments. Use the DynamoDB store for a limit shared by all of them.
 */
public final class LocalRateLimitStore extends AbstractRateLimitStore {

    private final RateLimiterRegistry registry;

    private final ScopedInstances<Limiter> limiters;

    private final boolean countAllowedCalls;

    /**
     * @param name what this store counts, e.g. {@code tenant}
     * @param rules the scope and the limits
     * @param registry where the limiters are registered
     * @param maxInstances the most limiters alive at once
     * @param idleExpiry how long an unused limiter lives
     */
    public LocalRateLimitStore(String name, RateLimitRules rules, RateLimiterRegistry registry, long maxInstances,
            Duration idleExpiry) {
        this(name, rules, registry, maxInstances, idleExpiry, false);
    }

    /**
     * @param name what this store counts, e.g. {@code tenant}
     * @param rules the scope and the limits
     * @param registry where the limiters are registered
     * @param maxInstances the most limiters alive at once
     * @param idleExpiry how long an unused limiter lives
     * @param countAllowedCalls whether an allowed call's decision says what is left, for its headers
     */
    public LocalRateLimitStore(String name, RateLimitRules rules, RateLimiterRegistry registry, long maxInstances,
            Duration idleExpiry, boolean countAllowedCalls) {
        super(name, rules);
        this.countAllowedCalls = countAllowedCalls;
        this.registry = Objects.requireNonNull(registry, "registry");
        this.limiters = new ScopedInstances<>(rules.scope(), maxInstances, idleExpiry,
                (key) -> create(key, rules.apply(key)), (key, limiter) -> registry.remove(limiter.rateLimiter().getName()));
    }

    @Override
    public RateLimitDecision tryAcquire(LiftContext context) {
        Limiter limiter = this.limiters.get(this.rules.keyOf(context));
        if (limiter.rateLimiter().acquirePermission()) {
            // Unless asked, allowed calls carry no rate-limit headers: one shared answer, no more reading.
            return this.countAllowedCalls ? limiter.counted() : limiter.allowed();
        }
        RateLimiterConfig config = limiter.rateLimiter().getRateLimiterConfig();
        Duration period = config.getLimitRefreshPeriod();
        return new RateLimitDecision(false, config.getLimitForPeriod(), 0, untilRefresh(limiter.rateLimiter(), period),
                period);
    }

    /** @return the number of live limiters, for tests and the bound */
    long size() {
        return this.limiters.size();
    }

    private Limiter create(InstanceKey key, RateLimit limit) {
        RateLimiterConfig config = RateLimiterConfig.custom()
            .limitForPeriod(Math.toIntExact(Math.min(limit.limitForPeriod(), Integer.MAX_VALUE)))
            .limitRefreshPeriod(limit.period())
            // A limited call is rejected at once: waiting for a permit would hold the caller's thread.
            .timeoutDuration(Duration.ZERO)
            .build();
        // resilience4j's limiter counts its periods from its creation and does not tell when that was.
        long createdAt = System.nanoTime();
        return new Limiter(this.registry.rateLimiter(key.name("rate-limit"), config), new RateLimitDecision(true,
                config.getLimitForPeriod(), RateLimitDecision.UNCOUNTED, limit.period(), limit.period()), createdAt);
    }

    private static Duration untilRefresh(RateLimiter limiter, Duration period) {
        if (limiter instanceof AtomicRateLimiter atomic) {
            long nanos = atomic.getDetailedMetrics().getNanosToWait();
            if (nanos > 0) {
                return Duration.ofNanos(nanos);
            }
        }
        return period;
    }

    /**
     * A limiter, its answer to every call it allows when allowed calls are not counted, and when it
     * started counting its periods.
     */
    private record Limiter(RateLimiter rateLimiter, RateLimitDecision allowed, long createdAt) {

        /** @return the decision for a call just allowed, with the permits left and the time to the refresh */
        RateLimitDecision counted() {
            long periodNanos = this.allowed.period().toNanos();
            long intoPeriod = Math.floorMod(System.nanoTime() - this.createdAt, periodNanos);
            long remaining = Math.max(this.rateLimiter.getMetrics().getAvailablePermissions(), 0);
            return new RateLimitDecision(true, this.allowed.limit(), remaining, Duration.ofNanos(periodNanos - intoPeriod),
                    this.allowed.period());
        }

    }

}
