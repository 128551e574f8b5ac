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

package dev.lift.autoconfigure;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.chain.LiftInvoker;
import dev.lift.chain.LiftTarget;
import dev.lift.context.LiftContext;
import dev.lift.tenancy.LiftRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static dev.lift.autoconfigure.SpringBootUnderTest.COMPOSITE_METER_REGISTRY;
import static dev.lift.autoconfigure.SpringBootUnderTest.METRICS;
import static dev.lift.autoconfigure.SpringBootUnderTest.SIMPLE_METRICS_EXPORT;
import static dev.lift.autoconfigure.SpringBootUnderTest.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller sending a new tenant id with every call, through the whole chain with the tenant-keyed
 * patterns on (circuit breaker, retry, bulkhead, rate limit; tenant as a metric dimension): the live instances, the meters and the retained heap stay at the bound
 * ({@code lift.tenancy.max-tracked-tenants}) however many tenants pass. CI runs
 * {@value #CI_TENANTS} tenants; the soak run ({@code -Dgroups=soak}) one million.
 */
class TenantFloodTests {

    static final int CI_TENANTS = 20_000;

    private static final int BOUND = 1000;

    /** Room for what the JVM and the test itself allocate besides Lift; Lift's own growth is far below. */
    private static final long HEAP_SLACK = 48L * 1024 * 1024;

    private static final LiftTarget OK = (invocation) -> "ok";

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(LiftAutoConfigurations.all())
        .withConfiguration(AutoConfigurations.of(type(METRICS),
                type(SIMPLE_METRICS_EXPORT), type(COMPOSITE_METER_REGISTRY)))
        .withPropertyValues("lift.tenancy.max-tracked-tenants=" + BOUND, "lift.circuit-breaker.enabled=true",
                "lift.circuit-breaker.scope=tenant", "lift.bulkhead.enabled=true", "lift.bulkhead.preset=tenant",
                "lift.bulkhead.tenant-meters=true", "lift.retry.enabled=true", "lift.retry.scope=tenant",
                "lift.timeout.enabled=true", "lift.rate-limit.enabled=true", "lift.load-shedding.enabled=true",
                "lift.metrics.tenant-dimension=true");

    @Test
    void aBoundedFloodOfTenantsStaysAtTheBound() {
        flood(CI_TENANTS);
    }

    @Test
    @Tag("soak")
    void aMillionTenantsStayAtTheBound() {
        flood(1_000_000);
    }

    private void flood(int tenants) {
        this.contextRunner.run((context) -> {
            LiftInvoker invoker = context.getBean(LiftInvoker.class);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            CircuitBreakerRegistry breakers = context.getBean(CircuitBreakerRegistry.class);
            // Fill the bound and overflow it once (the tenant dimension's "other" appears): from here on
            // every new tenant evicts one and adds nothing.
            for (int i = 0; i < 2 * BOUND; i++) {
                call(invoker, "warm-" + i);
            }
            int metersAtBound = meters.getMeters().size();
            long heapAtBound = retainedHeap();
            long start = System.nanoTime();
            for (int i = 0; i < tenants; i++) {
                call(invoker, "t-" + i);
            }
            long elapsed = System.nanoTime() - start;
            long heapAfter = retainedHeap();
            int metersAfter = meters.getMeters().size();
            System.out.printf("%,d tenants in %,d ms (%,d ns a call); retained heap %,d KB at the bound, %,d KB after"
                    + " (%+,d KB); meters %d -> %d; breakers %d%n", tenants, elapsed / 1_000_000, elapsed / tenants,
                    heapAtBound / 1024, heapAfter / 1024, (heapAfter - heapAtBound) / 1024, metersAtBound,
                    metersAfter, breakers.getAllCircuitBreakers().size());
            assertThat(breakers.getAllCircuitBreakers()).hasSizeLessThanOrEqualTo(BOUND);
            assertThat(meters.find("lift.bulkhead.permits.available").meters()).hasSizeLessThanOrEqualTo(BOUND + 1);
            assertThat(metersAfter).as("meters after the flood").isLessThanOrEqualTo(metersAtBound);
            assertThat(heapAfter - heapAtBound).as("retained heap growth").isLessThan(HEAP_SLACK);
        });
    }

    private static void call(LiftInvoker invoker, String tenant) throws Exception {
        invoker.invoke(new LambdaTenant(tenant), LiftContext.builder(tenant, "orders"), null, OK);
    }

    private static long retainedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // Several rounds: a single System.gc() may leave garbage that is only unreachable after the next.
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** A Lambda invocation in tenant isolation mode, the tenant set by Lambda itself. */
    private record LambdaTenant(String lambdaTenantId) implements LiftRequest {

        @Override
        public String header(String name) {
            return null;
        }

        @Override
        public JsonNode event() {
            return null;
        }

    }

}
