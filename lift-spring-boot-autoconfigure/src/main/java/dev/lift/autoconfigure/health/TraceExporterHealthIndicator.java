package dev.lift.autoconfigure.health;

import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * {@code liftTracing}: the configured dropping status while spans were dropped recently,
 * {@code UP} otherwise. An unreachable daemon never fails a call, so by default it never changes the
 * status either; the details show the drops.
 */
final class TraceExporterHealthIndicator implements HealthIndicator {

    private final TraceExporterState state;

    private final Status droppingStatus;

    TraceExporterHealthIndicator(TraceExporterState state, Status droppingStatus) {
        this.state = state;
        this.droppingStatus = droppingStatus;
    }

    @Override
    public Health health() {
        Map<String, Object> details = this.state.describe(false);
        boolean dropping = ((Number) details.get("recentDropped")).longValue() > 0;
        return (dropping ? Health.status(this.droppingStatus) : Health.up()).withDetails(details).build();
    }

}
