package dev.lift.health;

import java.time.Duration;
import java.util.Objects;

/**
 * How one {@link LiftHealthCheck} runs in the background.
 *
 * @param interval time between the start of one run and the next attempt
 * @param timeout how long a run may take before it is reported {@code DOWN} and interrupted
 * @param failureThreshold consecutive failed runs (down, thrown, timed out) that open the check's
 * circuit breaker; while it is open the dependency is not checked and stays {@code DOWN}
 * @param openWait how long the circuit stays open before one trial run
 */
public record HealthCheckSchedule(Duration interval, Duration timeout, int failureThreshold, Duration openWait) {

    /**
     * @param interval time between runs
     * @param timeout time a run may take
     * @param failureThreshold consecutive failures that open the circuit
     * @param openWait time the circuit stays open
     */
    public HealthCheckSchedule {
        requirePositive(interval, "interval");
        requirePositive(timeout, "timeout");
        requirePositive(openWait, "openWait");
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }

}
