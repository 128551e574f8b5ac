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

import java.util.LinkedHashMap;
import java.util.Map;

import dev.lift.health.HealthCheckReport;
import dev.lift.health.ScheduledHealthChecks;

/**
 * The health of one background {@code LiftHealthCheck}: its last cached report, never a new run.
 *
 * @param checks the scheduled checks
 * @param name the check's name
 * @param downStatus the status while the check is down ({@code lift.health.checks.down-status})
 */
record HealthCheckHealthIndicator(ScheduledHealthChecks checks, String name, String downStatus)
        implements LiftHealthIndicator {

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
