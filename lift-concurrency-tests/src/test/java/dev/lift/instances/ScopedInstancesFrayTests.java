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
        Ledger ledger = new Ledger();
        ScopedInstances<Object> instances = new ScopedInstances<>(InstanceScope.TENANT, 1, Duration.ofHours(1),
                ledger::create, ledger::remove);
        runAll(lookup(instances, "a"), lookup(instances, "b"), lookup(instances, "a"));
        // size() runs Caffeine's pending maintenance (evictions) first; only then is the snapshot settled.
        assertThat(instances.size()).isLessThanOrEqualTo(1);
        ledger.assertNothingLeftBehind(instances);
    }

    @FrayTest(iterations = 100)
    void idleExpiryRacingLookupsLeavesNothingBehind() throws InterruptedException {
        AtomicLong clock = new AtomicLong();
        Ledger ledger = new Ledger();
        ScopedInstances<Object> instances = new ScopedInstances<>(InstanceScope.TENANT, 10, Duration.ofSeconds(1),
                ledger::create, ledger::remove, clock::get);
        instances.get(new InstanceKey("a", null));
        clock.set(Duration.ofSeconds(5).toNanos());
        instances.size();
        clock.set(Duration.ofSeconds(10).toNanos());
        // "a" has been idle long enough: the expiry removes it while two calls look it up. A call that
        // found it just before may still use it; what matters is that no instance is left behind.
        runAll(new Thread(instances::size), lookup(instances, "a"), lookup(instances, "a"));
        ledger.assertNothingLeftBehind(instances);
    }

    /** Every instance made and every instance handed back, to account for each one at the end. */
    private static final class Ledger {

        private final List<Object> created = Collections.synchronizedList(new ArrayList<>());

        private final List<Object> removed = Collections.synchronizedList(new ArrayList<>());

        Object create(InstanceKey key) {
            Object instance = new Instance(key.tenant(), this.created.size());
            this.created.add(instance);
            return instance;
        }

        void remove(InstanceKey key, Object instance) {
            this.removed.add(instance);
        }

        void assertNothingLeftBehind(ScopedInstances<Object> instances) {
            Map<InstanceKey, Object> live = instances.snapshot();
            Set<Object> accounted = Collections.newSetFromMap(new IdentityHashMap<>());
            accounted.addAll(live.values());
            for (Object instance : this.removed) {
                assertThat(accounted.add(instance)).as("removed once, and not while live: created %s, live %s, removed %s",
                        this.created, live, this.removed).isTrue();
            }
            assertThat(accounted).as("every created instance is live or removed").hasSameSizeAs(this.created);
        }

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
