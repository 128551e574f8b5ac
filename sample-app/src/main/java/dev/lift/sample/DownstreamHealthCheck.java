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

package dev.lift.sample;

import java.util.Map;

import dev.lift.health.HealthCheckResult;
import dev.lift.health.LiftHealthCheck;

import org.springframework.stereotype.Component;

/**
 * Checks the downstream service in the background: Lift runs it on a schedule with a timeout and a
 * circuit breaker ({@code lift.health.checks.*}) and shows the last result under
 * {@code /actuator/health/liftChecks/downstream}, so a slow downstream never slows health.
 */
@Component
class DownstreamHealthCheck implements LiftHealthCheck {

    private final FlakyDownstream downstream;

    DownstreamHealthCheck(FlakyDownstream downstream) {
        this.downstream = downstream;
    }

    @Override
    public String name() {
        return "downstream";
    }

    @Override
    public HealthCheckResult check() {
        long start = System.nanoTime();
        this.downstream.ping();
        return HealthCheckResult.up(Map.of("latencyMs", (System.nanoTime() - start) / 1_000_000));
    }

}
