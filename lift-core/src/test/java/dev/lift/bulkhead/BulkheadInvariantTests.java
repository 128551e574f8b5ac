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

package dev.lift.bulkhead;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hammers the bulkhead filter from 64 threads with random tenants, operations, priorities, waits and
 * failures, counting inside the function how many calls of each pool run at once.
 */
class BulkheadInvariantTests {

    private static final int THREADS = 64;

    private static final long RUN_NANOS = TimeUnit.MILLISECONDS.toNanos(2000);

    private static final String[] TENANTS = { "t0", "t1", "t2", "t3", "t4", "t5", "vip" };

    private static final String[] OPERATIONS = { "orders", "billing", "search", "reports" };

    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    private final Map<String, AtomicInteger> maxSeen = new ConcurrentHashMap<>();

    @Test
    void concurrencyNeverExceedsAnyLevelLimitAndEveryPermitComesBack() throws Exception {
        BulkheadConfig config = BulkheadConfig.builder()
            .limit(BulkheadLevel.GLOBAL, 24)
            .limit(BulkheadLevel.TENANT, 4)
            .tenant("vip", 10, null)
            .limit(BulkheadLevel.OPERATION, 9)
            .operation("reports", 2, null)
            .maxWait(Duration.ofMillis(5))
            .operation("search", null, Duration.ZERO)
            .priorityOrdering(true)
            .build();
        LiftBulkhead bulkhead = new LiftBulkhead(config, new SimpleMeterRegistry());
        LiftChain chain = new LiftChain(List.of(new BulkheadFilter(bulkhead)));
        AtomicLong served = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                awaitQuietly(start);
                long end = System.nanoTime() + RUN_NANOS;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    LiftContext context = LiftContext.builder("r", OPERATIONS[random.nextInt(OPERATIONS.length)])
                        .tenantId(TENANTS[random.nextInt(TENANTS.length)])
                        .priority(random.nextInt(3))
                        .build();
                    Invocation invocation = new Invocation(context, null, (call) -> work(call.context()));
                    try {
                        chain.execute(invocation);
                        served.incrementAndGet();
                    }
                    catch (LiftBulkheadFullException ex) {
                        assertThat(invocation.rejectedBy()).isEqualTo("bulkhead");
                        rejected.incrementAndGet();
                    }
                    catch (IllegalStateException ex) {
                        failed.incrementAndGet();
                    }
                    catch (Throwable ex) {
                        unexpected.incrementAndGet();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        assertThat(unexpected.get()).isZero();
        assertThat(served.get()).isPositive();
        assertThat(rejected.get()).isPositive();
        assertThat(failed.get()).isPositive();
        assertThat(max("global")).isBetween(1, 24);
        for (String tenant : TENANTS) {
            assertThat(max("tenant=" + tenant)).as(tenant).isLessThanOrEqualTo(tenant.equals("vip") ? 10 : 4);
        }
        for (String operation : OPERATIONS) {
            assertThat(max("op=" + operation)).as(operation).isLessThanOrEqualTo(operation.equals("reports") ? 2 : 9);
        }
        // The levels ran at or near their limits, so the test could have seen a breach.
        assertThat(max("global")).isGreaterThanOrEqualTo(20);
        assertThat(max("tenant=t0")).isEqualTo(4);
        assertThat(max("op=reports")).isEqualTo(2);
        LiftBulkheadTests.assertAllPermitsBack(bulkhead);
        assertThat(bulkhead.pools(BulkheadLevel.TENANT)).hasSize(TENANTS.length);
        assertThat(bulkhead.pools(BulkheadLevel.GLOBAL).get(InstanceKey.GLOBAL).available()).isEqualTo(24);
    }

    private Object work(LiftContext context) {
        String[] keys = { "global", "tenant=" + context.tenantId(), "op=" + context.operation() };
        for (String key : keys) {
            int now = this.running.computeIfAbsent(key, (k) -> new AtomicInteger()).incrementAndGet();
            this.maxSeen.computeIfAbsent(key, (k) -> new AtomicInteger()).accumulateAndGet(now, Math::max);
        }
        try {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            LockSupport.parkNanos(random.nextLong(100_000, 1_000_000));
            if (random.nextInt(10) == 0) {
                throw new IllegalStateException("the function failed");
            }
            return "ok";
        }
        finally {
            for (String key : keys) {
                this.running.get(key).decrementAndGet();
            }
        }
    }

    private int max(String key) {
        AtomicInteger max = this.maxSeen.get(key);
        return (max != null) ? max.get() : 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
