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

package dev.lift.autoconfigure.circuitbreaker;

import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;

import dev.lift.autoconfigure.resilience.PatternPreset;
import dev.lift.instances.InstanceScope;

/**
 * Ready-made circuit breaker settings, chosen with {@code lift.circuit-breaker.preset}. A preset
 * sets a scope and the values below; any property set explicitly wins over it.
 *
 * <table>
 * <caption>What each preset sets</caption>
 * <tr><th>preset</th><th>scope</th><th>window</th><th>opens at</th><th>open for</th><th>probes</th></tr>
 * <tr><td>basic</td><td>global</td><td>last 20 calls, at least 10</td><td>50 % failures</td><td>30s</td><td>3</td></tr>
 * <tr><td>tenant</td><td>tenant</td><td>as basic</td><td>as basic</td><td>as basic</td><td>as basic</td></tr>
 * <tr><td>operation</td><td>operation</td><td>as basic</td><td>as basic</td><td>as basic</td><td>as basic</td></tr>
 * <tr><td>advanced</td><td>tenant-operation</td><td>last 60 seconds, at least 20 calls</td>
 * <td>50 % failures or 50 % calls slower than 2s</td><td>30s</td><td>5</td></tr>
 * </table>
 * Every preset counts results with a 5xx status as failures.
 */
public enum CircuitBreakerPreset implements PatternPreset<CircuitBreakerSettings> {

    /** One breaker for all calls: a small count-based window that reacts within a few calls. */
    BASIC,

    /** The basic settings, one breaker per tenant: one tenant's failures never open another's circuit. */
    TENANT,

    /** The basic settings, one breaker per operation: a failing function does not stop the others. */
    OPERATION,

    /**
     * One breaker per tenant and operation over a time-based window, opening on failures or on slow
     * calls.
     */
    ADVANCED;

    @Override
    public InstanceScope scope() {
        return switch (this) {
            case BASIC -> InstanceScope.GLOBAL;
            case TENANT -> InstanceScope.TENANT;
            case OPERATION -> InstanceScope.OPERATION;
            case ADVANCED -> InstanceScope.TENANT_OPERATION;
        };
    }

    /** @return the settings the preset sets, a new instance each time: settings are mutable beans */
    @Override
    public CircuitBreakerSettings settings() {
        return (this == ADVANCED) ? advanced() : basic();
    }

    private static CircuitBreakerSettings basic() {
        return settings(SlidingWindowType.COUNT_BASED, 20, 10, 3);
    }

    private static CircuitBreakerSettings advanced() {
        CircuitBreakerSettings settings = settings(SlidingWindowType.TIME_BASED, 60, 20, 5);
        settings.setSlowCallRateThreshold(50f);
        settings.setSlowCallDurationThreshold(Duration.ofSeconds(2));
        return settings;
    }

    /** What every preset shares: opens at 50 % failures for 30s, 5xx results count as failures. */
    private static CircuitBreakerSettings settings(SlidingWindowType windowType, int windowSize, int minimumCalls,
            int probes) {
        CircuitBreakerSettings settings = new CircuitBreakerSettings();
        settings.setSlidingWindowType(windowType);
        settings.setSlidingWindowSize(windowSize);
        settings.setMinimumNumberOfCalls(minimumCalls);
        settings.setFailureRateThreshold(50f);
        settings.setWaitDurationInOpenState(Duration.ofSeconds(30));
        settings.setPermittedNumberOfCallsInHalfOpenState(probes);
        settings.setRecordStatuses(List.of("5xx"));
        return settings;
    }

}
