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

package dev.lift.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantDimensionTests {

    @Test
    void tenantsBeyondTheBoundAreOther() {
        TenantDimension tenants = new TenantDimension(new SimpleMeterRegistry(), 2, Duration.ofHours(1));

        assertThat(tenants.tagValue("a")).isEqualTo("a");
        assertThat(tenants.tagValue("b")).isEqualTo("b");
        assertThat(tenants.tagValue("c")).isEqualTo(TenantDimension.OTHER);
        assertThat(tenants.tagValue("a")).isEqualTo("a");
        assertThat(tenants.tagValue(null)).isEqualTo(TenantDimension.NONE);
    }

    @Test
    void anIdleTenantLeavesAndMakesRoom() {
        long[] now = { 0 };
        Ticker ticker = () -> now[0];
        List<String> left = new ArrayList<>();
        TenantDimension tenants = new TenantDimension(1, Duration.ofMinutes(10), left::add, ticker);
        tenants.tagValue("a");
        now[0] += TimeUnit.MINUTES.toNanos(11);

        assertThat(tenants.tagValue("b")).isEqualTo("b");
        assertThat(left).containsExactly("a");
    }

    @Test
    void leavingTenantTakesItsMetersAlong() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.counter("calls", "tenant", "a").increment();
        registry.counter("calls", "tenant", "b").increment();
        registry.counter("calls").increment();
        long[] now = { 0 };
        TenantDimension tenants = new TenantDimension(1, Duration.ofMinutes(10),
                (tenant) -> registry.getMeters()
                    .stream()
                    .filter((meter) -> tenant.equals(meter.getId().getTag("tenant")))
                    .toList()
                    .forEach(registry::remove),
                () -> now[0]);
        tenants.tagValue("a");
        now[0] += TimeUnit.MINUTES.toNanos(11);
        tenants.tagValue("b");

        assertThat(registry.getMeters()).extracting((meter) -> meter.getId().getTag("tenant"))
            .containsExactlyInAnyOrder("b", null);
    }

}
