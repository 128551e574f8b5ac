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

package dev.lift.instances;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.lift.context.LiftContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopedInstancesTests {

    @Test
    void aGlobalScopeHasOneInstanceForEveryCall() {
        AtomicInteger created = new AtomicInteger();
        ScopedInstances<Object> instances = new ScopedInstances<>(InstanceScope.GLOBAL, 10, Duration.ofMinutes(1),
                (key) -> created.incrementAndGet(), (key, instance) -> {
                });
        assertThat(instances.get(context("a", "op1"))).isSameAs(instances.get(context("b", "op2")));
        assertThat(created).hasValue(1);
        assertThat(instances.size()).isEqualTo(1);
    }

    @Test
    void keysFollowTheScope() {
        ScopedInstances<InstanceKey> byTenant = new ScopedInstances<>(InstanceScope.TENANT, 10, Duration.ofMinutes(1),
                (key) -> key, (key, instance) -> {
                });
        ScopedInstances<InstanceKey> byBoth = new ScopedInstances<>(InstanceScope.TENANT_OPERATION, 10,
                Duration.ofMinutes(1), (key) -> key, (key, instance) -> {
                });
        assertThat(byTenant.get(context("acme", "orders")).name("circuit-breaker"))
            .isEqualTo("lift-circuit-breaker:tenant=acme");
        assertThat(byTenant.get(context(null, "orders")).name("bulkhead")).isEqualTo("lift-bulkhead:tenant=");
        assertThat(byBoth.get(context("acme", "orders")).name("rate-limit"))
            .isEqualTo("lift-rate-limit:tenant=acme:op=orders");
        assertThat(InstanceKey.of(InstanceScope.OPERATION, context("acme", "orders")).name("retry"))
            .isEqualTo("lift-retry:op=orders");
        assertThat(InstanceKey.GLOBAL.name("retry")).isEqualTo("lift-retry");
    }

    @Test
    void oneHundredThousandTenantsLeaveNoMoreThanTheBoundAndEveryEvictedInstanceIsHandedBack() {
        Set<String> live = ConcurrentHashMap.newKeySet();
        AtomicInteger created = new AtomicInteger();
        ScopedInstances<String> instances = new ScopedInstances<>(InstanceScope.TENANT, 1000, Duration.ofMinutes(10),
                (key) -> {
                    created.incrementAndGet();
                    live.add(key.tenant());
                    return key.tenant();
                }, (key, instance) -> live.remove(instance));

        for (int i = 0; i < 100_000; i++) {
            instances.get(context("tenant-" + i, "op"));
        }

        assertThat(instances.size()).isLessThanOrEqualTo(1000);
        assertThat(live).hasSizeLessThanOrEqualTo(1000).hasSize((int) instances.size());
        assertThat(created).hasValue(100_000);
    }

    @Test
    void aGlobalScopeStillKeysOverriddenTenantsAndOperations() {
        ScopedInstances<String> instances = new ScopedInstances<>(InstanceScope.GLOBAL, 10, Duration.ofMinutes(1),
                (key) -> key.name("test"), (key, name) -> {
                });
        assertThat(instances.get(InstanceKey.GLOBAL)).isEqualTo("lift-test");
        assertThat(instances.get(new InstanceKey(null, "orders"))).isEqualTo("lift-test:op=orders");
        assertThat(instances.size()).isEqualTo(2);
    }

    @Test
    void anInstanceIdleForLongerThanTheIdleExpiryIsRemovedAndHandedBack() {
        AtomicLong clock = new AtomicLong();
        List<String> removed = new ArrayList<>();
        ScopedInstances<String> instances = new ScopedInstances<>(InstanceScope.TENANT, 10, Duration.ofSeconds(80),
                InstanceKey::tenant, (key, instance) -> removed.add(instance), clock::get);
        instances.get(context("a", "op"));
        clock.set(seconds(100));
        instances.get(context("b", "op"));
        clock.set(seconds(190));
        // "a" was last used 190 s ago; "b" 90 s ago, but in the period that has just ended: kept for now.
        assertThat(instances.size()).isEqualTo(1);
        assertThat(removed).containsExactly("a");
        assertThat(instances.snapshot()).containsOnlyKeys(new InstanceKey("b", null));
        clock.set(seconds(300));
        assertThat(instances.size()).isZero();
        assertThat(removed).containsExactly("a", "b");
        assertThat(instances.get(context("a", "op"))).isEqualTo("a");
        assertThat(instances.size()).isEqualTo(1);
    }

    @Test
    void anInstanceInUseNeverExpiresHoweverRarelyTheClockIsRead() {
        AtomicLong clock = new AtomicLong();
        List<String> removed = new ArrayList<>();
        ScopedInstances<String> instances = new ScopedInstances<>(InstanceScope.TENANT, 10, Duration.ofSeconds(80),
                InstanceKey::tenant, (key, instance) -> removed.add(instance), clock::get);
        for (int second = 0; second <= 1200; second += 30) {
            clock.set(seconds(second));
            instances.get(context("busy", "op"));
            if (second % 150 == 0) {
                instances.get(context("once-" + second, "op"));
                assertThat(instances.size()).isPositive();
            }
        }
        assertThat(removed).isNotEmpty().doesNotContain("busy");
        assertThat(instances.snapshot()).containsKey(new InstanceKey("busy", null));
    }

    @Test
    void lookupsReadTheClockOnlyOnMissesAndForASampleOfHits() {
        AtomicInteger readings = new AtomicInteger();
        ScopedInstances<String> instances = new ScopedInstances<>(InstanceScope.TENANT, 10, Duration.ofMinutes(15),
                InstanceKey::tenant, (key, instance) -> {
                }, () -> {
                    readings.incrementAndGet();
                    return 0;
                });
        int calls = 64_000;
        for (int i = 0; i < calls; i++) {
            instances.get(context("acme", "op"));
        }
        // One reading at construction, one for the miss, then about one in CHECK_ONE_IN hits.
        assertThat(readings.get()).isBetween(2 + calls / ScopedInstances.CHECK_ONE_IN / 2,
                2 + calls / ScopedInstances.CHECK_ONE_IN * 2);
    }

    private static long seconds(long seconds) {
        return Duration.ofSeconds(seconds).toNanos();
    }

    private static LiftContext context(String tenant, String operation) {
        return LiftContext.builder("r", operation).tenantId(tenant).build();
    }

}
