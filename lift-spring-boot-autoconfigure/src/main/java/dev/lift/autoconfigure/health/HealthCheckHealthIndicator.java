package dev.lift.autoconfigure.health;

import dev.lift.health.HealthCheckReport;
import dev.lift.health.ScheduledHealthChecks;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * The health of one background {@code LiftHealthCheck}: its last cached report, never a new run.
 */
final class HealthCheckHealthIndicator implements HealthIndicator {

    private final ScheduledHealthChecks checks;

    private final String name;

    private final Status downStatus;

    HealthCheckHealthIndicator(ScheduledHealthChecks checks, String name, Status downStatus) {
        this.checks = checks;
        this.name = name;
        this.downStatus = downStatus;
    }

    @Override
    public Health health() {
        HealthCheckReport report = this.checks.report(this.name);
        Health.Builder health = switch (report.status()) {
            case UP -> Health.up();
            case DOWN -> Health.status(this.downStatus);
            case UNKNOWN -> Health.unknown();
        };
        health.withDetails(report.result().details());
        if (report.checkedAt() != null) {
            health.withDetail("checkedAt", report.checkedAt().toString())
                .withDetail("durationMs", report.duration().toMillis());
        }
        return health.build();
    }

}
