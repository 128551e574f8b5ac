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
