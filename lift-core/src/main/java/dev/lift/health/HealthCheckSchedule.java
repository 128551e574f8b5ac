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
import java.util.Objects;

/**
 * How one {@link LiftHealthCheck} runs in the background.
 *
 * @param interval time between the start of one run and the next attempt
 * @param timeout how long a run may take before it is reported {@code DOWN} and interrupted
 * @param failureThreshold consecutive failed runs (down, thrown, timed out) that open the check's
 * circuit breaker; while it is open the dependency is not checked and stays {@code DOWN}
 * @param openWait how long the circuit stays open before one trial run
 */
public record HealthCheckSchedule(Duration interval, Duration timeout, int failureThreshold, Duration openWait) {

    /**
     * @param interval time between runs
     * @param timeout time a run may take
     * @param failureThreshold consecutive failures that open the circuit
     * @param openWait time the circuit stays open
     */
    public HealthCheckSchedule {
        requirePositive(interval, "interval");
        requirePositive(timeout, "timeout");
        requirePositive(openWait, "openWait");
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }

}
