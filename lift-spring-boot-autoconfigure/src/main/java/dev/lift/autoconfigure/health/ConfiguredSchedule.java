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

import java.time.Duration;

import dev.lift.autoconfigure.health.LiftHealthProperties.Checks;
import dev.lift.error.LiftConfigurationException;
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
        positive(checks.getInterval(), "lift.health.checks.interval");
        positive(checks.getTimeout(), "lift.health.checks.timeout");
        positive(checks.getOpenWait(), "lift.health.checks.open-wait");
        if (checks.getFailureThreshold() < 1) {
            throw new LiftConfigurationException("lift.health.checks.failure-threshold", checks.getFailureThreshold(),
                    "a positive number");
        }
        return new HealthCheckSchedule(checks.getInterval(), checks.getTimeout(), checks.getFailureThreshold(),
                checks.getOpenWait());
    }

    /**
     * @param value a configured duration
     * @param property its property, for the start-up failure message
     * @return the duration, when positive
     */
    public static Duration positive(Duration value, String property) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new LiftConfigurationException(property, value, "a positive duration, e.g. 5s");
        }
        return value;
    }

}
