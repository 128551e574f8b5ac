package dev.lift.sample;

import java.util.Map;

import dev.lift.health.HealthCheckResult;
import dev.lift.health.LiftHealthCheck;

import org.springframework.stereotype.Component;

/**
 * Checks the downstream service in the background: Lift runs it on a schedule with a timeout and a
 * circuit breaker ({@code lift.health.checks.*}) and shows the last result under
 * {@code /actuator/health/liftChecks/downstream}, so a slow downstream never slows health.
 */
@Component
class DownstreamHealthCheck implements LiftHealthCheck {

    private final FlakyDownstream downstream;

    DownstreamHealthCheck(FlakyDownstream downstream) {
        this.downstream = downstream;
    }

    @Override
    public String name() {
        return "downstream";
    }

    @Override
    public HealthCheckResult check() {
        long start = System.nanoTime();
        this.downstream.ping();
        return HealthCheckResult.up(Map.of("latencyMs", (System.nanoTime() - start) / 1_000_000));
    }

}
