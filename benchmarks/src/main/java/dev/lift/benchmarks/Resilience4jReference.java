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
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.decorators.Decorators;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * The reference Lift is measured against: circuit breaker, bulkhead, retry and rate limiter
 * composed by hand with resilience4j's {@link Decorators}, decorated once and called many times, in
 * Lift's order (rate limiter outermost, retry innermost). Limits are high enough that nothing is ever
 * rejected: the benchmark measures the warm path.
 */
final class Resilience4jReference {

    private Resilience4jReference() {
    }

    /**
     * @param input supplies the function's input on each call
     * @return the decorated function call
     */
    static Supplier<Integer> decorate(Supplier<String> input) {
        CircuitBreaker circuitBreaker = CircuitBreaker.of("reference", CircuitBreakerConfig.ofDefaults());
        Bulkhead bulkhead = Bulkhead.of("reference",
                BulkheadConfig.custom().maxConcurrentCalls(1000).maxWaitDuration(Duration.ZERO).build());
        Retry retry = Retry.of("reference", RetryConfig.ofDefaults());
        RateLimiter rateLimiter = RateLimiter.of("reference", RateLimiterConfig.custom()
            .limitForPeriod(Integer.MAX_VALUE)
            .limitRefreshPeriod(Duration.ofSeconds(1))
            .timeoutDuration(Duration.ZERO)
            .build());
        return Decorators.ofSupplier(() -> Calls.FUNCTION.apply(input.get()))
            .withRetry(retry)
            .withCircuitBreaker(circuitBreaker)
            .withBulkhead(bulkhead)
            .withRateLimiter(rateLimiter)
            .decorate();
    }

}
