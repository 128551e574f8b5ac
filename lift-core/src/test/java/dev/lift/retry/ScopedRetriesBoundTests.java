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

package dev.lift.retry;

import java.time.Duration;
import java.util.List;

import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.lift.chain.ContextFilter;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.StatusCodes;
import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKeys;
import dev.lift.instances.InstanceScope;

import static org.assertj.core.api.Assertions.assertThat;

class ScopedRetriesBoundTests {

    @Test
    void manyTenantsLeaveRegistryAndMetersWithinTheBound() throws Exception {
        RetryRegistry registry = RetryRegistry.ofDefaults();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        TaggedRetryMetrics.ofRetryRegistry(registry).bindTo(meters);
        int bound = 10;
        ScopedRetries retries = new ScopedRetries(registry, InstanceKeys.of(InstanceScope.TENANT_OPERATION), bound,
                Duration.ofMinutes(5),
                (key) -> new RetryPolicy(RetryConfig.ofDefaults(), StatusCodes.NONE, RetryBudget.Settings.DEFAULTS),
                Duration.ofMillis(50), RetryListener.NONE);
        LiftChain chain = new LiftChain(List.of(new ContextFilter(), new LiftRetryFilter(retries)));

        retries.retry(LiftContext.builder("r", "orders").tenantId("first").build());
        int metersPerRetry = meters.getMeters().size();
        assertThat(metersPerRetry).isPositive();

        // 20,000 tenants: the 100,000-tenant run is the circuit breaker's; both share ScopedInstances.
        for (int i = 0; i < 20_000; i++) {
            LiftContext context = LiftContext.builder("r", "orders").tenantId("tenant-" + i).build();
            chain.execute(new Invocation(context, null, (invocation) -> "ok"));
        }

        assertThat(retries.size()).isLessThanOrEqualTo(bound);
        assertThat(registry.getAllRetries()).hasSizeLessThanOrEqualTo(bound);
        assertThat(meters.getMeters()).hasSizeLessThanOrEqualTo(bound * metersPerRetry);
        assertThat(registry.find("lift-retry:tenant=tenant-0:op=orders")).isEmpty();
        assertThat(retries.statistics().calls()).isEqualTo(20_000);
    }

}
