package dev.lift.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The cached outcome of a {@link LiftHealthCheck}: what health shows until the next run finishes.
 *
 * @param result the result, with the details Lift adds ({@code error}, {@code circuitBreaker})
 * @param checkedAt when the run finished, or {@code null} before the first run
 * @param duration how long the run took (the timeout, for a run that timed out)
 */
public record HealthCheckReport(HealthCheckResult result, Instant checkedAt, Duration duration) {

    static final HealthCheckReport NOT_YET_CHECKED = new HealthCheckReport(
            new HealthCheckResult(HealthCheckResult.Status.UNKNOWN, Map.of("reason", "not checked yet")),
            null, Duration.ZERO);

    /** @return the status of the result */
    public HealthCheckResult.Status status() {
        return this.result.status();
    }

}
