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

package dev.lift.circuitbreaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import static io.github.resilience4j.micrometer.tagged.CircuitBreakerMetricNames.DEFAULT_CIRCUIT_BREAKER_BUFFERED_CALLS;
import static io.github.resilience4j.micrometer.tagged.CircuitBreakerMetricNames.DEFAULT_CIRCUIT_BREAKER_FAILURE_RATE;
import static io.github.resilience4j.micrometer.tagged.CircuitBreakerMetricNames.DEFAULT_CIRCUIT_BREAKER_NOT_PERMITTED_CALLS;
import static io.github.resilience4j.micrometer.tagged.CircuitBreakerMetricNames.DEFAULT_CIRCUIT_BREAKER_SLOW_CALLS;
import static io.github.resilience4j.micrometer.tagged.CircuitBreakerMetricNames.DEFAULT_CIRCUIT_BREAKER_SLOW_CALL_RATE;
import static io.github.resilience4j.micrometer.tagged.CircuitBreakerMetricNames.DEFAULT_CIRCUIT_BREAKER_STATE;

/**
 * The gauges and counters of resilience4j-micrometer's circuit-breaker binder, under its names
 * ({@code CircuitBreakerMetricNames}: {@code resilience4j.circuitbreaker.state}, {@code .buffered.calls},
 * {@code .slow.calls}, {@code .failure.rate}, {@code .slow.call.rate}, {@code .not.permitted.calls}, tag
 * {@code name}), for every breaker of a registry, added and removed with the breakers.
 *
 * <p>Without resilience4j's per-call timer {@code resilience4j.circuitbreaker.calls}: it is fed by a
 * success or error event that resilience4j creates, timestamp and all, for every call once a consumer
 * is registered, which costs more than the breaker itself. Lift's {@code lift.invocation} timer
 * already times every call with its outcome. Every meter here reads the breaker's own state when it
 * is published, so the call path pays nothing for them.
 */
public final class CircuitBreakerMeters implements MeterBinder {

    private final CircuitBreakerRegistry breakers;

    /**
     * @param breakers the registry whose breakers get meters
     */
    public CircuitBreakerMeters(CircuitBreakerRegistry breakers) {
        this.breakers = Objects.requireNonNull(breakers, "breakers");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Map<String, List<Meter>> metersByBreaker = new ConcurrentHashMap<>();
        this.breakers.getEventPublisher()
            .onEntryAdded((event) -> add(registry, metersByBreaker, event.getAddedEntry()))
            .onEntryRemoved((event) -> remove(registry, metersByBreaker, event.getRemovedEntry().getName()))
            .onEntryReplaced((event) -> {
                remove(registry, metersByBreaker, event.getOldEntry().getName());
                add(registry, metersByBreaker, event.getNewEntry());
            });
        for (CircuitBreaker breaker : this.breakers.getAllCircuitBreakers()) {
            add(registry, metersByBreaker, breaker);
        }
    }

    private static void add(MeterRegistry registry, Map<String, List<Meter>> metersByBreaker, CircuitBreaker breaker) {
        metersByBreaker.computeIfAbsent(breaker.getName(), (name) -> register(registry, breaker));
    }

    private static void remove(MeterRegistry registry, Map<String, List<Meter>> metersByBreaker, String name) {
        List<Meter> meters = metersByBreaker.remove(name);
        if (meters != null) {
            meters.forEach(registry::remove);
        }
    }

    private static List<Meter> register(MeterRegistry registry, CircuitBreaker breaker) {
        String name = breaker.getName();
        List<Meter> meters = new ArrayList<>();
        for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
            meters.add(Gauge.builder(DEFAULT_CIRCUIT_BREAKER_STATE, breaker, (cb) -> (cb.getState() == state) ? 1 : 0)
                .description("The states of the circuit breaker")
                .tags("name", name, "state", state.name().toLowerCase(Locale.ROOT))
                .register(registry));
        }
        meters.add(Gauge
            .builder(DEFAULT_CIRCUIT_BREAKER_BUFFERED_CALLS, breaker, (cb) -> cb.getMetrics().getNumberOfFailedCalls())
            .description("The number of buffered failed calls stored in the ring buffer")
            .tags("name", name, "kind", "failed")
            .register(registry));
        meters.add(Gauge
            .builder(DEFAULT_CIRCUIT_BREAKER_BUFFERED_CALLS, breaker,
                    (cb) -> cb.getMetrics().getNumberOfSuccessfulCalls())
            .description("The number of buffered successful calls stored in the ring buffer")
            .tags("name", name, "kind", "successful")
            .register(registry));
        meters.add(Gauge
            .builder(DEFAULT_CIRCUIT_BREAKER_SLOW_CALLS, breaker,
                    (cb) -> cb.getMetrics().getNumberOfSlowSuccessfulCalls())
            .description("The number of slow successful which were slower than a certain threshold")
            .tags("name", name, "kind", "successful")
            .register(registry));
        meters.add(Gauge
            .builder(DEFAULT_CIRCUIT_BREAKER_SLOW_CALLS, breaker, (cb) -> cb.getMetrics().getNumberOfSlowFailedCalls())
            .description("The number of slow failed calls which were slower than a certain threshold")
            .tags("name", name, "kind", "failed")
            .register(registry));
        meters.add(Gauge
            .builder(DEFAULT_CIRCUIT_BREAKER_FAILURE_RATE, breaker, (cb) -> cb.getMetrics().getFailureRate())
            .description("The failure rate of the circuit breaker")
            .tags("name", name)
            .register(registry));
        meters.add(Gauge
            .builder(DEFAULT_CIRCUIT_BREAKER_SLOW_CALL_RATE, breaker, (cb) -> cb.getMetrics().getSlowCallRate())
            .description("The slow call of the circuit breaker")
            .tags("name", name)
            .register(registry));
        meters.add(FunctionCounter
            .builder(DEFAULT_CIRCUIT_BREAKER_NOT_PERMITTED_CALLS, breaker,
                    (cb) -> cb.getMetrics().getNumberOfNotPermittedCalls())
            .description("Total number of not permitted calls")
            .tags("name", name, "kind", "not_permitted")
            .register(registry));
        return meters;
    }

}
