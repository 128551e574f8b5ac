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

package dev.lift.shedding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.netflix.concurrency.limits.limit.FixedLimit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilterChain;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftLoadShedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Tests for {@link LoadSheddingFilter}. */
class LoadSheddingFilterTests {

    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() {
        this.callers.shutdownNow();
    }

    @Test
    void shedCallIsA503WithRetryAfter() throws Exception {
        LoadSheddingFilter filter = new LoadSheddingFilter("random", new RandomLimiter(1.0), SheddingRateCap.none(),
                Duration.ofSeconds(2));
        Invocation invocation = invocation(0);
        assertThatExceptionOfType(LiftLoadShedException.class)
            .isThrownBy(() -> filter.filter(invocation, (call) -> "done"))
            .satisfies((ex) -> {
                assertThat(ex.status()).isEqualTo(503);
                assertThat(ex.code()).isEqualTo("load-shed");
                assertThat(ex.retryAfter()).contains(Duration.ofSeconds(2));
                assertThat(ex.strategy()).isEqualTo("random");
            });
        assertThat(invocation.rejectedBy()).isEqualTo("load-shedding");
        assertThat(filter.shedCalls()).isEqualTo(1);
        assertThat(filter.limit()).isEqualTo(-1);
    }

    @Test
    void randomShedsWithItsProbability() throws Exception {
        double[] draws = { 0.1, 0.5, 0.29, 0.3 };
        int[] next = { 0 };
        LoadSheddingFilter filter = new LoadSheddingFilter("random", new RandomLimiter(0.3, () -> draws[next[0]++]),
                SheddingRateCap.none(), Duration.ofSeconds(1));
        List<Boolean> shed = new ArrayList<>();
        for (int i = 0; i < draws.length; i++) {
            try {
                filter.filter(invocation(0), (call) -> "done");
                shed.add(false);
            }
            catch (LiftLoadShedException ex) {
                shed.add(true);
            }
        }
        assertThat(shed).containsExactly(true, false, true, false);
    }

    @Test
    void admittedAndShedAddUpToTheCallsMadeUnderConcurrency() throws Exception {
        LoadSheddingFilter filter = new LoadSheddingFilter("adaptive",
                SimpleLimiter.newBuilder().limit(FixedLimit.of(4)).build(), new SheddingRateCap(0.8,
                        Duration.ofMillis(50), System::nanoTime), Duration.ofSeconds(1));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        filter.bindTo(meters);
        LongAdder ran = new LongAdder();
        LongAdder rejected = new LongAdder();
        int threads = 16;
        int callsPerThread = 2_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(this.callers.submit(() -> {
                start.await();
                for (int i = 0; i < callsPerThread; i++) {
                    try {
                        filter.filter(invocation(0), (call) -> {
                            ran.increment();
                            Thread.yield();
                            return "done";
                        });
                    }
                    catch (LiftLoadShedException ex) {
                        rejected.increment();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(30, TimeUnit.SECONDS);
        }
        long calls = (long) threads * callsPerThread;
        assertThat(filter.admittedCalls() + filter.shedCalls()).isEqualTo(calls);
        assertThat(filter.admittedCalls()).isEqualTo(ran.sum());
        assertThat(filter.shedCalls()).isEqualTo(rejected.sum()).isPositive();
        assertThat(filter.inFlight()).isZero();
        assertThat(meters.get("lift.load-shedding.calls").tag("outcome", "admitted").functionCounter().count()
                + meters.get("lift.load-shedding.calls").tag("outcome", "shed").functionCounter().count())
            .isEqualTo(calls);
        assertThat(meters.get("lift.load-shedding.limit").gauge().value()).isEqualTo(4);
        assertThat(meters.get("lift.load-shedding.in-flight").gauge().value()).isZero();
    }

    @Test
    void priorityShedsTheLowestBandFirstAtTheLimit() throws Exception {
        LoadSheddingFilter filter = new LoadSheddingFilter("priority",
                PriorityLimiter.create(FixedLimit.of(10), List.of(new PriorityBand("critical", 10, 0.7),
                        new PriorityBand("normal", 0, 0.3))), SheddingRateCap.none(), Duration.ofSeconds(1));
        CountDownLatch release = new CountDownLatch(1);
        List<Future<?>> held = new ArrayList<>();
        // Below the limit every band is admitted: 6 low-priority and 4 critical calls fill it.
        held.addAll(hold(filter, -5, 6, release));
        held.addAll(hold(filter, 10, 4, release));
        awaitInFlight(filter, 10);
        // At the limit the low band, over its 30% share, is shed; the critical band, under its 70%, is not.
        assertThatExceptionOfType(LiftLoadShedException.class)
            .isThrownBy(() -> filter.filter(invocation(0), (call) -> "done"));
        assertThat(filter.filter(invocation(20), (call) -> "done")).isEqualTo("done");
        release.countDown();
        for (Future<?> call : held) {
            call.get(5, TimeUnit.SECONDS);
        }
        assertThat(filter.shedCalls()).isEqualTo(1);
        assertThat(filter.admittedCalls()).isEqualTo(11);
    }

    private List<Future<?>> hold(LoadSheddingFilter filter, int priority, int calls, CountDownLatch release) {
        List<Future<?>> held = new ArrayList<>();
        LiftFilterChain blocking = (call) -> release.await(5, TimeUnit.SECONDS);
        for (int i = 0; i < calls; i++) {
            held.add(this.callers.submit(() -> filter.filter(invocation(priority), blocking)));
        }
        return held;
    }

    private static void awaitInFlight(LoadSheddingFilter filter, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (filter.inFlight() < expected && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(filter.inFlight()).isEqualTo(expected);
    }

    static Invocation invocation(int priority) {
        return new Invocation(LiftContext.builder("request", "orders").priority(priority).build(), null,
                (call) -> "unused");
    }

}
