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

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an event consumer costs a resilience4j circuit breaker: once any consumer is registered (Lift
 * registers one for state transitions; resilience4j's Micrometer metrics register success and error
 * consumers), the breaker creates and publishes an event, with a {@code ZonedDateTime} timestamp,
 * for every call.
 */
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CircuitBreakerEventsBenchmark extends AverageTimeBenchmark {

    private CircuitBreaker withoutConsumer;

    private CircuitBreaker withTransitionConsumer;

    /** Makes the two breakers. */
    @Setup
    public void setUp() {
        this.withoutConsumer = CircuitBreaker.of("without", CircuitBreakerConfig.ofDefaults());
        this.withTransitionConsumer = CircuitBreaker.of("with", CircuitBreakerConfig.ofDefaults());
        this.withTransitionConsumer.getEventPublisher().onStateTransition((event) -> {
        });
    }

    /** @return the result */
    @Benchmark
    public Object withoutConsumer() {
        return call(this.withoutConsumer);
    }

    /** @return the result */
    @Benchmark
    public Object withTransitionConsumer() {
        return call(this.withTransitionConsumer);
    }

    private static Object call(CircuitBreaker breaker) {
        breaker.acquirePermission();
        long start = breaker.getCurrentTimestamp();
        Integer result = Calls.FUNCTION.apply(Calls.INPUT);
        breaker.onResult(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), result);
        return result;
    }

}
