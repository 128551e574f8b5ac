/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
