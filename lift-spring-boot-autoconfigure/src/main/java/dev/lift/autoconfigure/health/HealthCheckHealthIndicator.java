package dev.lift.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.lift.health.HealthCheckReport;
import dev.lift.health.ScheduledHealthChecks;

/**
 * The health of one background {@code LiftHealthCheck}: its last cached report, never a new run.
 */
final class HealthCheckHealthIndicator implements LiftHealthIndicator {

    private final ScheduledHealthChecks checks;

    private final String name;

    private final String downStatus;

    HealthCheckHealthIndicator(ScheduledHealthChecks checks, String name, String downStatus) {
        this.checks = checks;
        this.name = name;
        this.downStatus = downStatus;
    }

    @Override
    public LiftHealth health() {
        HealthCheckReport report = this.checks.report(this.name);
        String status = switch (report.status()) {
            case UP -> LiftHealth.UP;
            case DOWN -> this.downStatus;
            case UNKNOWN -> LiftHealth.UNKNOWN;
        };
        Map<String, Object> details = new LinkedHashMap<>(report.result().details());
        if (report.checkedAt() != null) {
            details.put("checkedAt", report.checkedAt().toString());
            details.put("durationMs", report.duration().toMillis());
        }
        return new LiftHealth(status, details);
    }

}
