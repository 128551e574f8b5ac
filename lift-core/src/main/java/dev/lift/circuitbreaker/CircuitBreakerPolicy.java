package dev.lift.circuitbreaker;

import java.util.Objects;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * What one circuit breaker instance runs with: its resilience4j configuration (thresholds, windows,
 * what counts as failure, including results with a failure status) and its fallback.
 *
 * @param config the resilience4j configuration
 * @param fallback the fallback, or {@code null} for none
 */
public record CircuitBreakerPolicy(CircuitBreakerConfig config, LiftFallback fallback) {

    /**
     * @param config the resilience4j configuration
     * @param fallback the fallback, or {@code null} for none
     */
    public CircuitBreakerPolicy {
        Objects.requireNonNull(config, "config");
    }

}
