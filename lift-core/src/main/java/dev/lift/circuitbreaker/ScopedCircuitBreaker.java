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

package dev.lift.circuitbreaker;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * One circuit breaker instance as Lift uses it: the resilience4j breaker, its fallback, the state Lift
 * last saw it in, and the time it opened. resilience4j does not expose how long an open circuit stays
 * open, so Lift notes when it opened and computes the {@code Retry-After} of a rejection from the
 * configured wait.
 *
 * <p>State changes are noticed by comparing the breaker's state with the last one seen, after every
 * step of a call that can change it, instead of through resilience4j's event publisher: once any
 * consumer is registered there, resilience4j creates a timestamped event for every call, which
 * costs more than the breaker itself.
 */
final class ScopedCircuitBreaker {

    /**
     * Whether the breaker's configuration has its clock: resilience4j 2.3 added it; 2.2, which Spring
     * Cloud 2025.0 pins, uses the system clock, as Lift then does.
     */
    private static final boolean CONFIG_HAS_CLOCK = configHasClock();

    private final CircuitBreaker circuitBreaker;

    private final LiftFallback fallback;

    private final Duration configuredWait;

    private final StateChangeHandler onChange;

    private final AtomicReference<CircuitBreaker.State> lastSeen;

    private volatile long openUntilMillis;

    ScopedCircuitBreaker(CircuitBreaker circuitBreaker, LiftFallback fallback, StateChangeHandler onChange) {
        this.circuitBreaker = circuitBreaker;
        this.fallback = fallback;
        this.onChange = onChange;
        this.lastSeen = new AtomicReference<>(circuitBreaker.getState());
        CircuitBreakerConfig config = circuitBreaker.getCircuitBreakerConfig();
        this.configuredWait = Duration.ofMillis(config.getWaitIntervalFunctionInOpenState().apply(1));
    }

    CircuitBreaker circuitBreaker() {
        return this.circuitBreaker;
    }

    LiftFallback fallback() {
        return this.fallback;
    }

    /**
     * Compares the breaker's state with the last one seen and reports a change once, whichever thread
     * notices it first. Called after each step of a call that can change the state, and by checks
     * that look at breakers from outside calls.
     */
    void noticeStateChange() {
        CircuitBreaker.State seen = this.lastSeen.get();
        CircuitBreaker.State now = this.circuitBreaker.getState();
        if (now != seen && this.lastSeen.compareAndSet(seen, now)) {
            if (now == CircuitBreaker.State.OPEN || now == CircuitBreaker.State.FORCED_OPEN) {
                this.openUntilMillis = now() + this.configuredWait.toMillis();
            }
            this.onChange.changed(seen, now);
        }
    }

    /** @return the rejection for a call the breaker did not permit */
    LiftCircuitOpenException rejection() {
        Duration retryAfter = this.configuredWait;
        if (this.circuitBreaker.getState() == CircuitBreaker.State.OPEN) {
            long remaining = this.openUntilMillis - now();
            if (remaining > 0) {
                retryAfter = Duration.ofMillis(remaining);
            }
        }
        return new LiftCircuitOpenException(this.circuitBreaker.getName(), retryAfter);
    }

    /** @return whether the breaker counts {@code failure} as a failure (not ignored, recorded) */
    boolean records(Throwable failure) {
        CircuitBreakerConfig config = this.circuitBreaker.getCircuitBreakerConfig();
        return !config.getIgnoreExceptionPredicate().test(failure) && config.getRecordExceptionPredicate().test(failure);
    }

    /** @return whether the breaker counts {@code result} as a failure */
    boolean recordsResult(Object result) {
        return result != null && this.circuitBreaker.getCircuitBreakerConfig().getRecordResultPredicate().test(result);
    }

    private long now() {
        return CONFIG_HAS_CLOCK ? this.circuitBreaker.getCircuitBreakerConfig().getClock().millis()
                : System.currentTimeMillis();
    }

    private static boolean configHasClock() {
        try {
            CircuitBreakerConfig.class.getMethod("getClock");
            return true;
        }
        catch (NoSuchMethodException ex) {
            return false;
        }
    }

    /** Told about a state change a {@link ScopedCircuitBreaker} noticed. */
    @FunctionalInterface
    interface StateChangeHandler {

        void changed(CircuitBreaker.State from, CircuitBreaker.State to);

    }

}
