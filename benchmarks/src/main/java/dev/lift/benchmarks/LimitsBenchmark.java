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

package dev.lift.benchmarks;

import java.time.Duration;
import java.util.List;

import com.netflix.concurrency.limits.limit.VegasLimit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftTarget;
import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceScope;
import dev.lift.ratelimit.FailurePolicy;
import dev.lift.ratelimit.LocalRateLimitStore;
import dev.lift.ratelimit.RateLimit;
import dev.lift.ratelimit.RateLimitFilter;
import dev.lift.ratelimit.RateLimitRules;
import dev.lift.shedding.LoadSheddingFilter;
import dev.lift.shedding.SheddingRateCap;

/**
 * What the load-shedding and local rate-limit filters add to a call that they let through: the
 * adaptive limiter's bookkeeping, and a per-tenant resilience4j limiter looked up in the bounded
 * instances, with and without the rate-limit headers on allowed calls
 * ({@code lift.rate-limit.allowed-call-headers}). Four threads, so contention on the shared counters
 * shows.
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(4)
public class LimitsBenchmark extends AverageTimeBenchmark {

    private static final LiftFilterChain FUNCTION = (invocation) -> "done";

    private static final LiftTarget FUNCTION_TARGET = (invocation) -> "done";

    private final Invocation invocation = new Invocation(
            LiftContext.builder("request", "orders").tenantId("acme").build(), null, (call) -> "done");

    private final LoadSheddingFilter shedding = new LoadSheddingFilter("adaptive",
            SimpleLimiter.newBuilder().limit(VegasLimit.newBuilder().initialLimit(1000).maxConcurrency(1000).build())
                .build(),
            new SheddingRateCap(0.5, Duration.ofSeconds(1), System::nanoTime), Duration.ofSeconds(1));

    private final RateLimitFilter rateLimit = new RateLimitFilter(
            List.of(new LocalRateLimitStore("tenant",
                    RateLimitRules.of(InstanceScope.TENANT, new RateLimit(Integer.MAX_VALUE, Duration.ofSeconds(1))),
                    RateLimiterRegistry.ofDefaults(), 1000, Duration.ofMinutes(15))),
            FailurePolicy.FAIL_OPEN);

    private final RateLimitFilter rateLimitWithHeaders = new RateLimitFilter(
            List.of(new LocalRateLimitStore("tenant",
                    RateLimitRules.of(InstanceScope.TENANT, new RateLimit(Integer.MAX_VALUE, Duration.ofSeconds(1))),
                    RateLimiterRegistry.ofDefaults(), 1000, Duration.ofMinutes(15), true)),
            FailurePolicy.FAIL_OPEN, true);

    /** @return the result of a call through load shedding */
    @Benchmark
    public Object loadShedding() throws Exception {
        return this.shedding.filter(this.invocation, FUNCTION);
    }

    /** @return the result of a call through the local per-tenant rate limit */
    @Benchmark
    public Object localRateLimit() throws Exception {
        return this.rateLimit.filter(this.invocation, FUNCTION);
    }

    /**
     * A call through the same limit that carries the rate-limit headers: the limiter's remaining
     * permits read, the two header values built and added to the call's answer. Each call is a new
     * {@link Invocation}, as in production, so the headers do not pile up on one.
     * @return the result
     */
    @Benchmark
    public Object localRateLimitWithHeaders() throws Exception {
        return this.rateLimitWithHeaders.filter(new Invocation(this.invocation.context(), null, FUNCTION_TARGET),
                FUNCTION);
    }

    /**
     * The same as {@link #localRateLimitWithHeaders()} without headers: the like-for-like reference
     * (a new {@link Invocation} per call too).
     * @return the result
     */
    @Benchmark
    public Object localRateLimitNewInvocation() throws Exception {
        return this.rateLimit.filter(new Invocation(this.invocation.context(), null, FUNCTION_TARGET), FUNCTION);
    }

    /** @return the result of a call straight to the function, the baseline */
    @Benchmark
    public Object baseline() throws Exception {
        return FUNCTION.proceed(this.invocation);
    }

}
