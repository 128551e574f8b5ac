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

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.lift.chain.Invocation;
import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKeys;
import dev.lift.instances.InstanceScope;

import static org.assertj.core.api.Assertions.assertThat;

class ScopedCircuitBreakersBoundTests {

    @Test
    void hundredThousandTenantsLeaveRegistryAndMetersWithinTheBound() throws Exception {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        new CircuitBreakerMeters(registry).bindTo(meters);
        int bound = 10;
        ScopedCircuitBreakers breakers = new ScopedCircuitBreakers(registry, InstanceKeys.of(InstanceScope.TENANT), bound,
                Duration.ofMinutes(5), (key) -> new CircuitBreakerPolicy(CircuitBreakerConfig.ofDefaults(), null),
                CircuitBreakerStateListener.NONE);
        LiftCircuitBreakerFilter filter = new LiftCircuitBreakerFilter(breakers);

        breakers.circuitBreaker(LiftContext.builder("r", "orders").tenantId("first").build());
        int metersPerBreaker = meters.getMeters().size();
        assertThat(metersPerBreaker).isPositive();

        for (int i = 0; i < 100_000; i++) {
            LiftContext context = LiftContext.builder("r", "orders").tenantId("tenant-" + i).build();
            filter.filter(new Invocation(context, null, (invocation) -> "ok"), (invocation) -> "ok");
        }

        assertThat(breakers.size()).isLessThanOrEqualTo(bound);
        assertThat(registry.getAllCircuitBreakers()).hasSizeLessThanOrEqualTo(bound);
        assertThat(meters.getMeters()).hasSizeLessThanOrEqualTo(bound * metersPerBreaker);
        assertThat(registry.find("lift-circuit-breaker:tenant=tenant-0")).isEmpty();
        assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", "lift-circuit-breaker:tenant=tenant-0")
            .meters()).isEmpty();
        assertThat(registry.find("lift-circuit-breaker:tenant=tenant-99999")).isPresent();
    }

}
