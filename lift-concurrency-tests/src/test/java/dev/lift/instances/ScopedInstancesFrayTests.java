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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ScopedInstances} when eviction races lookups: every instance it creates ends up either
 * live or handed to the removal callback exactly once (so nothing is left behind in a registry or
 * as meters), and the live count stays at the bound.
 */
@ExtendWith(FrayTestExtension.class)
class ScopedInstancesFrayTests {

    @FrayTest(iterations = 100)
    void evictionRacingLookupsLeavesNothingBehind() throws InterruptedException {
        List<Object> created = Collections.synchronizedList(new ArrayList<>());
        List<Object> removed = Collections.synchronizedList(new ArrayList<>());
        ScopedInstances<Object> instances = new ScopedInstances<>(InstanceScope.TENANT, 1, Duration.ofHours(1),
                (key) -> {
                    Object instance = new Instance(key.tenant(), created.size());
                    created.add(instance);
                    return instance;
                }, (key, instance) -> removed.add(instance));
        runAll(lookup(instances, "a"), lookup(instances, "b"), lookup(instances, "a"));
        // size() runs Caffeine's pending maintenance (evictions) first; only then is the snapshot settled.
        assertThat(instances.size()).isLessThanOrEqualTo(1);
        Map<InstanceKey, Object> live = instances.snapshot();
        Set<Object> accounted = Collections.newSetFromMap(new IdentityHashMap<>());
        accounted.addAll(live.values());
        for (Object instance : removed) {
            assertThat(accounted.add(instance)).as("removed once, and not while live: created %s, live %s, removed %s",
                    created, live, removed).isTrue();
        }
        assertThat(accounted).as("every created instance is live or removed").hasSameSizeAs(created);
    }

    @FrayTest(iterations = 100)
    void idleExpiryRacingLookupsLeavesNothingBehind() throws InterruptedException {
        AtomicLong clock = new AtomicLong();
        List<Object> created = Collections.synchronizedList(new ArrayList<>());
        List<Object> removed = Collections.synchronizedList(new ArrayList<>());
        ScopedInstances<Object> instances = new ScopedInstances<>(InstanceScope.TENANT, 10, Duration.ofSeconds(1),
                (key) -> {
                    Object instance = new Instance(key.tenant(), created.size());
                    created.add(instance);
                    return instance;
                }, (key, instance) -> removed.add(instance), clock::get);
        instances.get(new InstanceKey("a", null));
        clock.set(Duration.ofSeconds(5).toNanos());
        instances.size();
        clock.set(Duration.ofSeconds(10).toNanos());
        // "a" has been idle long enough: the expiry removes it while two calls look it up. A call that
        // found it just before may still use it; what matters is that no instance is left behind.
        runAll(new Thread(instances::size), lookup(instances, "a"), lookup(instances, "a"));
        Map<InstanceKey, Object> live = instances.snapshot();
        Set<Object> accounted = Collections.newSetFromMap(new IdentityHashMap<>());
        accounted.addAll(live.values());
        for (Object instance : removed) {
            assertThat(accounted.add(instance)).as("removed once, and not while live: created %s, live %s, removed %s",
                    created, live, removed).isTrue();
        }
        assertThat(accounted).as("every created instance is live or removed").hasSameSizeAs(created);
    }

    private record Instance(String tenant, int number) {
    }

    private static void runAll(Thread... threads) throws InterruptedException {
        // A lookup samples with ThreadLocalRandom: its class is initialised here, as the JVM's class
        // initialisation lock is invisible to Fray and two threads initialising it would deadlock.
        ThreadLocalRandom.current();
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static Thread lookup(ScopedInstances<Object> instances, String tenant) {
        return new Thread(() -> instances.get(new InstanceKey(tenant, null)));
    }

}
