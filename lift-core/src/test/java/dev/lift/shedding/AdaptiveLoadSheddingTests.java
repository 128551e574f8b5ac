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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.netflix.concurrency.limits.Limit;
import com.netflix.concurrency.limits.limit.AIMDLimit;
import com.netflix.concurrency.limits.limit.Gradient2Limit;
import com.netflix.concurrency.limits.limit.VegasLimit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lift.chain.LiftFilterChain;
import dev.lift.error.LiftLoadShedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adaptive strategy under overload: a function backed by a resource that serves {@value #CAPACITY}
 * calls at a time (more queue and wait), called by many more concurrent callers than that.
 */
class AdaptiveLoadSheddingTests {

    private static final int CAPACITY = 4;

    private static final long WORK_MILLIS = 10;

    private static final int CALLERS = 40;

    private static final int INITIAL_LIMIT = 20;

    private static final long UNSHED_LATENCY_MILLIS = CALLERS / CAPACITY * WORK_MILLIS;

    private final ExecutorService callers = Executors.newFixedThreadPool(CALLERS + 1);

    @AfterEach
    void stopCallers() {
        this.callers.shutdownNow();
    }

    @Test
    void gradient2LimitWithALongWindowAdaptsAndKeepsAdmittedLatencyBounded() throws Exception {
        // Gradient2 compares recent latency with a long-term average; under sustained overload that
        // average drifts up to the overloaded latency, and a longer window slows the drift.
        Limit limit = Gradient2Limit.newBuilder().initialLimit(INITIAL_LIMIT).minLimit(1).maxConcurrency(200)
            .longWindow(5000).build();
        assertAdapts(limit);
    }

    @Test
    void aimdLimitAdaptsAndKeepsAdmittedLatencyBounded() throws Exception {
        Limit limit = AIMDLimit.newBuilder().initialLimit(INITIAL_LIMIT).minLimit(1).maxLimit(200)
            .timeout(3 * WORK_MILLIS, TimeUnit.MILLISECONDS).build();
        assertAdapts(limit);
    }

    @Test
    void vegasLimitAdaptsAndKeepsAdmittedLatencyBounded() throws Exception {
        Limit limit = VegasLimit.newBuilder().initialLimit(INITIAL_LIMIT).maxConcurrency(200).build();
        assertAdapts(limit);
    }

    @Test
    void shedRateNeverExceedsTheCapUnderOverload() throws Exception {
        LoadSheddingFilter filter = new LoadSheddingFilter("adaptive",
                SimpleLimiter.newBuilder().limit(VegasLimit.newBuilder().initialLimit(INITIAL_LIMIT).build()).build(),
                new SheddingRateCap(0.5, Duration.ofMillis(100), System::nanoTime), Duration.ofSeconds(1));
        callFor(filter, slowFunction(), CALLERS, Duration.ofMillis(1000), new ArrayList<>());
        long calls = filter.admittedCalls() + filter.shedCalls();
        assertThat(filter.shedCalls()).isPositive().isLessThanOrEqualTo(calls / 2);
        assertThat(filter.inFlight()).isZero();
    }

    private void assertAdapts(Limit limit) throws Exception {
        LoadSheddingFilter filter = new LoadSheddingFilter("adaptive", SimpleLimiter.newBuilder().limit(limit).build(),
                SheddingRateCap.none(), Duration.ofSeconds(1));
        LiftFilterChain function = slowFunction();
        // Normal load first, so the limit learns the latency of an idle resource; then overload.
        callFor(filter, function, CAPACITY / 2, Duration.ofMillis(400), new ArrayList<>());
        long admittedBefore = filter.admittedCalls();
        long shedBefore = filter.shedCalls();
        assertThat(shedBefore).isZero();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Integer> limits = Collections.synchronizedList(new ArrayList<>());
        Future<?> sampler = this.callers.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                limits.add(filter.limit());
                Thread.sleep(5);
            }
            return null;
        });
        callFor(filter, function, CALLERS, Duration.ofMillis(1500), latencies);
        sampler.cancel(true);
        double meanLimit = limits.stream().mapToInt(Integer::intValue).average().orElseThrow();
        List<Long> sorted = new ArrayList<>(latencies.subList(latencies.size() / 2, latencies.size()));
        Collections.sort(sorted);
        long p50 = sorted.get(sorted.size() / 2);
        long p95 = sorted.get((int) (sorted.size() * 0.95));
        long admitted = filter.admittedCalls() - admittedBefore;
        long shed = filter.shedCalls() - shedBefore;
        System.out.printf(limit + " mean limit=%.1f admitted=%d shed=%d p50=%dms p95=%dms%n", meanLimit, admitted, shed,
                p50, p95);
        // The limit comes down from where it started towards what the resource sustains.
        assertThat(meanLimit).isLessThan(INITIAL_LIMIT * 0.8);
        assertThat(shed).isPositive();
        // Without shedding, every caller would queue behind the others: CALLERS / CAPACITY * WORK_MILLIS.
        assertThat(p50).isLessThan(UNSHED_LATENCY_MILLIS * 6 / 10);
        assertThat(filter.inFlight()).isZero();
    }

    private static LiftFilterChain slowFunction() {
        Semaphore resource = new Semaphore(CAPACITY, true);
        return (call) -> {
            resource.acquire();
            try {
                Thread.sleep(WORK_MILLIS);
                return "done";
            }
            finally {
                resource.release();
            }
        };
    }

    private void callFor(LoadSheddingFilter filter, LiftFilterChain function, int callers, Duration duration,
            List<Long> latencies) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            running.add(this.callers.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        filter.filter(LoadSheddingFilterTests.invocation(0), function);
                        latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    }
                    catch (LiftLoadShedException ex) {
                        // A shed caller backs off briefly, as a client honouring Retry-After would, only faster.
                        Thread.sleep(5);
                    }
                }
                return null;
            }));
        }
        for (Future<?> caller : running) {
            caller.get(10, TimeUnit.SECONDS);
        }
    }

}
