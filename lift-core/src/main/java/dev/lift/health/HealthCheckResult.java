package dev.lift.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one run of a {@link LiftHealthCheck}.
 *
 * @param status up, down or not yet known
 * @param details what the check wants shown (latency, version...); never secrets or tenant ids
 */
public record HealthCheckResult(Status status, Map<String, Object> details) {

    /**
     * @param status up, down or not yet known
     * @param details what the check wants shown
     */
    public HealthCheckResult {
        Objects.requireNonNull(status, "status");
        // Insertion order is kept: it is the order health shows.
        details = (details != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(details)) : Map.of();
    }

    /** @return an up result without details */
    public static HealthCheckResult up() {
        return new HealthCheckResult(Status.UP, Map.of());
    }

    /**
     * @param details what to show
     * @return an up result
     */
    public static HealthCheckResult up(Map<String, Object> details) {
        return new HealthCheckResult(Status.UP, details);
    }

    /**
     * @param details what to show, e.g. the reason
     * @return a down result
     */
    public static HealthCheckResult down(Map<String, Object> details) {
        return new HealthCheckResult(Status.DOWN, details);
    }

    /**
     * A copy with more details; entries of {@code more} win.
     * @param more the details to add
     * @return the copy
     */
    public HealthCheckResult withDetails(Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>(this.details);
        all.putAll(more);
        return new HealthCheckResult(this.status, all);
    }

    /** The status of a dependency. */
    public enum Status {

        /** The dependency works. */
        UP,

        /** The dependency does not work, or the check failed or timed out. */
        DOWN,

        /** The check has not finished its first run yet. */
        UNKNOWN

    }

}
