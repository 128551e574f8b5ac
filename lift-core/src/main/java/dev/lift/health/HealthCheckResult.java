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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one run of a {@link LiftHealthCheck}.
 *
 * @param status up, down or not yet known
 * @param details what the check wants shown (latency, version...); never secrets or tenant ids
 */
public record HealthCheckResult(Status status, Map<String, Object> details) {

    /**
     * @param status up, down or not yet known
     * @param details what the check wants shown
     */
    public HealthCheckResult {
        Objects.requireNonNull(status, "status");
        // Insertion order is kept: it is the order health shows.
        details = (details != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(details)) : Map.of();
    }

    /** @return an up result without details */
    public static HealthCheckResult up() {
        return new HealthCheckResult(Status.UP, Map.of());
    }

    /**
     * @param details what to show
     * @return an up result
     */
    public static HealthCheckResult up(Map<String, Object> details) {
        return new HealthCheckResult(Status.UP, details);
    }

    /**
     * @param details what to show, e.g. the reason
     * @return a down result
     */
    public static HealthCheckResult down(Map<String, Object> details) {
        return new HealthCheckResult(Status.DOWN, details);
    }

    /**
     * A copy with more details; entries of {@code more} win.
     * @param more the details to add
     * @return the copy
     */
    public HealthCheckResult withDetails(Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>(this.details);
        all.putAll(more);
        return new HealthCheckResult(this.status, all);
    }

    /** The status of a dependency. */
    public enum Status {

        /** The dependency works. */
        UP,

        /** The dependency does not work, or the check failed or timed out. */
        DOWN,

        /** The check has not finished its first run yet. */
        UNKNOWN

    }

}
