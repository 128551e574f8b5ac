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

package dev.lift.autoconfigure.ratelimit;

import java.time.Clock;
import java.util.List;

import dev.lift.health.HealthCheckReport;
import dev.lift.health.HealthCheckSchedule;
import dev.lift.health.LiftHealthCheck;
import dev.lift.health.ScheduledHealthChecks;

/**
 * The background check of a remote rate-limit store, on its own schedule like any dependency check,
 * kept apart from the user's checks.
 */
final class RateLimitStoreProbe implements AutoCloseable {

    private final ScheduledHealthChecks checks;

    private final String name;

    RateLimitStoreProbe(LiftHealthCheck check, HealthCheckSchedule schedule) {
        this.checks = new ScheduledHealthChecks(List.of(check), (name) -> schedule, Clock.systemUTC());
        this.name = check.name();
    }

    void start() {
        this.checks.start();
    }

    /** @return the last report */
    HealthCheckReport report() {
        return this.checks.report(this.name);
    }

    @Override
    public void close() {
        this.checks.close();
    }

}
