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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.netflix.concurrency.limits.limit.VegasLimit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import dev.lift.bulkhead.BulkheadConfig;
import dev.lift.bulkhead.BulkheadFilter;
import dev.lift.bulkhead.BulkheadLevel;
import dev.lift.bulkhead.LiftBulkhead;
import dev.lift.chain.ContextFilter;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.StatusCodes;
import dev.lift.circuitbreaker.CircuitBreakerMeters;
import dev.lift.circuitbreaker.CircuitBreakerPolicy;
import dev.lift.circuitbreaker.CircuitBreakerStateListener;
import dev.lift.circuitbreaker.LiftCircuitBreakerFilter;
import dev.lift.circuitbreaker.ScopedCircuitBreakers;
import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKeys;
import dev.lift.instances.InstanceScope;
import dev.lift.logging.InvocationLoggingFilter;
import dev.lift.metrics.EmfMeterRegistry;
import dev.lift.metrics.MetricsFilter;
import dev.lift.ratelimit.FailurePolicy;
import dev.lift.ratelimit.LocalRateLimitStore;
import dev.lift.ratelimit.RateLimit;
import dev.lift.ratelimit.RateLimitFilter;
import dev.lift.ratelimit.RateLimitRules;
import dev.lift.retry.LiftRetryFilter;
import dev.lift.retry.RetryBudget;
import dev.lift.retry.RetryListener;
import dev.lift.retry.RetryPolicy;
import dev.lift.retry.ScopedRetries;
import dev.lift.shedding.LoadSheddingFilter;
import dev.lift.shedding.SheddingRateCap;
import dev.lift.timeout.OperationTimeoutCalculator;
import dev.lift.timeout.TimeoutFilter;
import dev.lift.timeout.TimeoutScheduler;
import dev.lift.tracing.TracingFilter;

/**
 * Lift's filters built from lift-core classes the way auto-configuration builds them with default
 * settings, except where a benchmark needs otherwise: a rate limit the benchmark never reaches, so
 * the warm path never rejects. No Spring context: the benchmarks measure the chain, not bean lookup.
 *
 * <p>Filter names are the chain's own: {@code context}, {@code tracing} (every call sampled out),
 * {@code tracing-sampled} (every call sampled and sent to a loopback X-Ray daemon by the background
 * thread, as on a server), {@code tracing-sampled-lambda} (the same, sent by the calling thread before
 * the call returns, as on Lambda), {@code logging},
 * {@code metrics} (EMF registry flushed on a schedule, as outside Lambda), {@code metrics-lambda}
 * (flushed at the end of every invocation, as on Lambda), {@code load-shedding}, {@code rate-limit}
 * (per tenant, the default), {@code rate-limit-global} (one limit for all calls, as the reference has),
 * {@code bulkhead}, {@code circuit-breaker}, {@code timeout} and {@code retry}.
 */
final class LiftFilters implements AutoCloseable {

    /** Every filter, outermost first, tracing sampled out: the full chain. */
    static final String ALL = "context,tracing,logging,metrics,load-shedding,rate-limit,bulkhead,circuit-breaker,timeout,retry";

    /** The full chain with every call sampled and exported. */
    static final String ALL_SAMPLED = ALL.replace(",tracing", ",tracing-sampled");

    /** The full chain with every call sampled and exported before the call returns, as on Lambda. */
    static final String ALL_SAMPLED_LAMBDA = ALL.replace(",tracing", ",tracing-sampled-lambda");

    /** The four patterns the resilience4j reference composes. */
    static final String FOUR_PATTERNS = "rate-limit,bulkhead,circuit-breaker,retry";

    /** The same, every instance global as in the reference: Lift's rate limit is per tenant by default. */
    static final String FOUR_PATTERNS_GLOBAL = FOUR_PATTERNS.replace("rate-limit", "rate-limit-global");

    /** Tenants tracked per pattern, and for how long: {@code lift.tenancy.*} defaults. */
    private static final int MAX_TRACKED_TENANTS = 1000;

    private static final Duration TRACKED_IDLE_EXPIRY = Duration.ofMinutes(15);

    private final List<AutoCloseable> resources = new ArrayList<>();

    private EmfMeterRegistry registry;

    /**
     * A chain of the named filters.
     * @param names filter names separated by commas, e.g. {@code context,circuit-breaker}
     * @return the chain
     */
    LiftChain chain(String names) {
        List<LiftFilter> filters = new ArrayList<>();
        for (String name : names.split(",")) {
            filters.add(named(name.trim()));
        }
        return new LiftChain(filters);
    }

    /**
     * Emits what the metrics filters recorded, as the flush schedule does, so that values do not pile
     * up over a benchmark; called between iterations.
     */
    void flushMetrics() {
        if (this.registry != null) {
            this.registry.flush();
        }
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable resource : this.resources) {
            resource.close();
        }
    }

    private LiftFilter named(String name) {
        return switch (name) {
            case "context" -> new ContextFilter();
            case "tracing" -> tracing(BenchmarkTracing.Mode.SAMPLED_OUT);
            case "tracing-sampled" -> tracing(BenchmarkTracing.Mode.SAMPLED_SENT_IN_BACKGROUND);
            case "tracing-sampled-lambda" -> tracing(BenchmarkTracing.Mode.SAMPLED_SENT_BY_CALLER);
            case "logging" -> new InvocationLoggingFilter(0, false);
            case "metrics" -> new MetricsFilter(registry(), null, () -> {
            });
            case "metrics-lambda" -> new MetricsFilter(registry(), null, registry()::flush);
            case "load-shedding" -> new LoadSheddingFilter("adaptive",
                    SimpleLimiter.<LiftContext>newBuilder()
                        .named("lift-load-shedding")
                        .limit(VegasLimit.newBuilder().initialLimit(20).maxConcurrency(1000).smoothing(1.0)
                            .probeMultiplier(30).build())
                        .build(),
                    new SheddingRateCap(1.0, Duration.ofSeconds(1), System::nanoTime), Duration.ofSeconds(1));
            case "rate-limit" -> rateLimit(InstanceScope.TENANT);
            case "rate-limit-global" -> rateLimit(InstanceScope.GLOBAL);
            case "bulkhead" -> new BulkheadFilter(new LiftBulkhead(BulkheadConfig.builder()
                .limit(BulkheadLevel.GLOBAL, 100)
                .limit(BulkheadLevel.TENANT, 0)
                .limit(BulkheadLevel.OPERATION, 0)
                .maxWait(Duration.ZERO)
                .rejectionStatus(503)
                .retryAfter(Duration.ofSeconds(1))
                .priorityOrdering(false)
                .tracking(MAX_TRACKED_TENANTS, TRACKED_IDLE_EXPIRY)
                .tenantMeters(false)
                .build(), null));
            case "circuit-breaker" -> circuitBreaker();
            case "timeout" -> timeout();
            case "retry" -> new LiftRetryFilter(new ScopedRetries(RetryRegistry.ofDefaults(),
                    InstanceKeys.of(InstanceScope.GLOBAL), MAX_TRACKED_TENANTS, TRACKED_IDLE_EXPIRY,
                    (key) -> new RetryPolicy(RetryConfig.ofDefaults(), StatusCodes.NONE, RetryBudget.Settings.DEFAULTS),
                    Duration.ofMillis(250), RetryListener.NONE));
            default -> throw new IllegalArgumentException("No filter named '" + name + "'");
        };
    }

    private static RateLimitFilter rateLimit(InstanceScope scope) {
        return new RateLimitFilter(List.of(new LocalRateLimitStore(scope.name().toLowerCase(java.util.Locale.ROOT),
                new RateLimitRules(scope, new RateLimit(Integer.MAX_VALUE, Duration.ofSeconds(1)), Map.of(), Map.of()),
                RateLimiterRegistry.ofDefaults(), MAX_TRACKED_TENANTS, TRACKED_IDLE_EXPIRY)), FailurePolicy.FAIL_OPEN);
    }

    private LiftCircuitBreakerFilter circuitBreaker() {
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        // As auto-configuration binds them: meters read the breakers when published, not per call.
        // Each chain has its own breaker of the same name: one chain's meters are enough.
        if (registry().find("resilience4j.circuitbreaker.state").meters().isEmpty()) {
            new CircuitBreakerMeters(breakers).bindTo(registry());
        }
        return new LiftCircuitBreakerFilter(new ScopedCircuitBreakers(breakers, InstanceKeys.of(InstanceScope.GLOBAL),
                MAX_TRACKED_TENANTS, TRACKED_IDLE_EXPIRY,
                (key) -> new CircuitBreakerPolicy(CircuitBreakerConfig.ofDefaults(), null),
                CircuitBreakerStateListener.NONE));
    }

    private TracingFilter tracing(BenchmarkTracing.Mode mode) {
        BenchmarkTracing tracing = new BenchmarkTracing(mode);
        this.resources.add(tracing);
        return tracing.filter();
    }

    private TimeoutFilter timeout() {
        TimeoutScheduler scheduler = new TimeoutScheduler();
        this.resources.add(scheduler);
        return new TimeoutFilter(new OperationTimeoutCalculator(Duration.ofSeconds(10), Map.of()),
                Duration.ofMillis(250), scheduler);
    }

    private EmfMeterRegistry registry() {
        if (this.registry == null) {
            this.registry = new EmfMeterRegistry("Lift", io.micrometer.core.instrument.Clock.SYSTEM, new DiscardingSink());
            this.resources.add(this.registry::close);
        }
        return this.registry;
    }

}
