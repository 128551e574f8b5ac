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
public enum CircuitBreakerPreset {

    /** One breaker for all calls: a small count-based window that reacts within a few calls. */
    BASIC(InstanceScope.GLOBAL, basic()),

    /** The basic settings, one breaker per tenant: one tenant's failures never open another's circuit. */
    TENANT(InstanceScope.TENANT, basic()),

    /** The basic settings, one breaker per operation: a failing function does not stop the others. */
    OPERATION(InstanceScope.OPERATION, basic()),

    /**
     * One breaker per tenant and operation over a time-based window, opening on failures or on slow
     * calls.
     */
    ADVANCED(InstanceScope.TENANT_OPERATION, advanced());

    private final InstanceScope scope;

    private final CircuitBreakerSettings settings;

    CircuitBreakerPreset(InstanceScope scope, CircuitBreakerSettings settings) {
        this.scope = scope;
        this.settings = settings;
    }

    /** @return the scope the preset selects */
    public InstanceScope scope() {
        return this.scope;
    }

    /** @return the settings the preset sets */
    CircuitBreakerSettings settings() {
        return this.settings;
    }

    private static CircuitBreakerSettings basic() {
        CircuitBreakerSettings settings = new CircuitBreakerSettings();
        settings.setSlidingWindowType(SlidingWindowType.COUNT_BASED);
        settings.setSlidingWindowSize(20);
        settings.setMinimumNumberOfCalls(10);
        settings.setFailureRateThreshold(50f);
        settings.setWaitDurationInOpenState(Duration.ofSeconds(30));
        settings.setPermittedNumberOfCallsInHalfOpenState(3);
        settings.setRecordStatuses(List.of("5xx"));
        return settings;
    }

    private static CircuitBreakerSettings advanced() {
        CircuitBreakerSettings settings = new CircuitBreakerSettings();
        settings.setSlidingWindowType(SlidingWindowType.TIME_BASED);
        settings.setSlidingWindowSize(60);
        settings.setMinimumNumberOfCalls(20);
        settings.setFailureRateThreshold(50f);
        settings.setSlowCallRateThreshold(50f);
        settings.setSlowCallDurationThreshold(Duration.ofSeconds(2));
        settings.setWaitDurationInOpenState(Duration.ofSeconds(30));
        settings.setPermittedNumberOfCallsInHalfOpenState(5);
        settings.setRecordStatuses(List.of("5xx"));
        return settings;
    }

}
