package dev.lift.circuitbreaker;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * One circuit breaker instance as Lift uses it: the resilience4j breaker, its fallback, and the time
 * it opened. resilience4j does not expose how long an open circuit stays open, so Lift notes when it
 * opened and computes the {@code Retry-After} of a rejection from the configured wait.
 */
final class ScopedCircuitBreaker {

    private final CircuitBreaker circuitBreaker;

    private final LiftFallback fallback;

    private final Duration configuredWait;

    private volatile long openUntilMillis;

    ScopedCircuitBreaker(CircuitBreaker circuitBreaker, LiftFallback fallback) {
        this.circuitBreaker = circuitBreaker;
        this.fallback = fallback;
        CircuitBreakerConfig config = circuitBreaker.getCircuitBreakerConfig();
        this.configuredWait = Duration.ofMillis(config.getWaitIntervalFunctionInOpenState().apply(1));
    }

    CircuitBreaker circuitBreaker() {
        return this.circuitBreaker;
    }

    LiftFallback fallback() {
        return this.fallback;
    }

    void opened() {
        this.openUntilMillis = now() + this.configuredWait.toMillis();
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
        return this.circuitBreaker.getCircuitBreakerConfig().getClock().millis();
    }

}
