package dev.lift.autoconfigure.health;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.health.LiftHealthProperties.Checks;
import dev.lift.health.HealthCheckSchedule;

/**
 * The schedule of background checks from {@code lift.health.checks.*}, checked at start-up.
 */
public final class ConfiguredSchedule {

    private ConfiguredSchedule() {
    }

    /**
     * @param checks the configured settings
     * @return the schedule
     */
    public static HealthCheckSchedule of(Checks checks) {
        PropertyConstraints.positive("lift.health.checks.interval", checks.getInterval(), "5s");
        PropertyConstraints.positive("lift.health.checks.timeout", checks.getTimeout(), "5s");
        PropertyConstraints.positive("lift.health.checks.open-wait", checks.getOpenWait(), "5s");
        PropertyConstraints.atLeast("lift.health.checks.failure-threshold", checks.getFailureThreshold(), 1);
        return new HealthCheckSchedule(checks.getInterval(), checks.getTimeout(), checks.getFailureThreshold(),
                checks.getOpenWait());
    }

}
