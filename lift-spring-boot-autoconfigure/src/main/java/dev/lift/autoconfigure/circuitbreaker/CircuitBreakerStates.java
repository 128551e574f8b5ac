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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.lift.autoconfigure.health.CappedEntries;
import dev.lift.autoconfigure.health.PatternInstancesState;
import dev.lift.circuitbreaker.LiftCircuitBreakerFilter;
import dev.lift.circuitbreaker.ScopedCircuitBreakers;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * The state of Lift's circuit breakers, read from the resilience4j registry they live in (names
 * {@code lift-circuit-breaker[:tenant=<id>][:op=<operation>]}): counts by state, and the breakers
 * themselves, those not closed first, capped.
 */
final class CircuitBreakerStates extends PatternInstancesState {

    private static final String PREFIX = "lift-" + ScopedCircuitBreakers.PATTERN;

    private final CircuitBreakerRegistry registry;

    private final ScopedCircuitBreakers breakers;

    CircuitBreakerStates(CircuitBreakerRegistry registry, ScopedCircuitBreakers breakers, int maxEntries) {
        super(LiftCircuitBreakerFilter.NAME, maxEntries);
        this.registry = registry;
        this.breakers = breakers;
    }

    @Override
    public Map<String, Object> describe(boolean showTenants) {
        List<Breaker> breakers = breakers();
        Map<String, Integer> states = new TreeMap<>();
        CappedEntries instances = instanceEntries();
        int hidden = 0;
        // Not-closed breakers first: they are what someone reading health is looking for.
        breakers.sort(Comparator.comparing(Breaker::closed).thenComparing(Breaker::instance));
        for (Breaker breaker : breakers) {
            states.merge(breaker.circuitBreaker().getState().name(), 1, Integer::sum);
            if (breaker.tenant() != null && !showTenants) {
                hidden++;
            }
            else {
                instances.add(breaker.instance(), describe(breaker.circuitBreaker()));
            }
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("breakers", breakers.size());
        state.put("states", states);
        state.put("instances", instances.toMap());
        if (hidden > 0) {
            state.put("tenantInstancesHidden", hidden);
        }
        return state;
    }

    /** @return Lift's breakers now */
    List<Breaker> breakers() {
        // A state changed from outside calls (automatic half-open, forced) is logged and published now.
        this.breakers.noticeStateChanges();
        List<Breaker> breakers = new ArrayList<>();
        for (CircuitBreaker circuitBreaker : this.registry.getAllCircuitBreakers()) {
            Breaker breaker = Breaker.of(circuitBreaker);
            if (breaker != null) {
                breakers.add(breaker);
            }
        }
        return breakers;
    }

    private static Map<String, Object> describe(CircuitBreaker circuitBreaker) {
        CircuitBreaker.Metrics metrics = circuitBreaker.getMetrics();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("state", circuitBreaker.getState().name());
        entry.put("failureRate", metrics.getFailureRate());
        entry.put("slowCallRate", metrics.getSlowCallRate());
        entry.put("bufferedCalls", metrics.getNumberOfBufferedCalls());
        entry.put("notPermittedCalls", metrics.getNumberOfNotPermittedCalls());
        return entry;
    }

    /**
     * One of Lift's breakers with the tenant and operation its name carries.
     *
     * @param circuitBreaker the breaker
     * @param tenant its tenant ("" for calls without one), or {@code null} when not per tenant
     * @param operation its operation, or {@code null} when not per operation
     */
    record Breaker(CircuitBreaker circuitBreaker, String tenant, String operation) {

        static Breaker of(CircuitBreaker circuitBreaker) {
            String name = circuitBreaker.getName();
            if (!name.equals(PREFIX) && !name.startsWith(PREFIX + ":")) {
                return null;
            }
            String tenant = null;
            String operation = null;
            for (String part : name.substring(PREFIX.length()).split(":")) {
                if (part.startsWith("tenant=")) {
                    tenant = part.substring("tenant=".length());
                }
                else if (part.startsWith("op=")) {
                    operation = part.substring("op=".length());
                }
            }
            return new Breaker(circuitBreaker, tenant, operation);
        }

        /** @return the instance's name without the pattern prefix, {@code global} for the global one */
        String instance() {
            String name = this.circuitBreaker.getName();
            return name.equals(PREFIX) ? "global" : name.substring(PREFIX.length() + 1);
        }

        boolean closed() {
            return this.circuitBreaker.getState() == CircuitBreaker.State.CLOSED;
        }

        boolean open() {
            CircuitBreaker.State state = this.circuitBreaker.getState();
            return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
        }

    }

}
