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

package dev.lift.timeout;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lift.bulkhead.BulkheadConfig;
import dev.lift.bulkhead.BulkheadFilter;
import dev.lift.bulkhead.BulkheadLevel;
import dev.lift.bulkhead.LiftBulkhead;
import dev.lift.chain.ContextFilter;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftTarget;
import dev.lift.context.LiftContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TimeoutFilterTests {

    private final TimeoutScheduler scheduler = new TimeoutScheduler();

    @AfterEach
    void stopScheduler() {
        this.scheduler.close();
    }

    @Test
    void slowCallIsInterruptedAtItsTimeoutAndGetsLiftTimeoutException() {
        LiftChain chain = chain(LiftTimeoutCalculator.fixed(Duration.ofMillis(100)), Duration.ZERO);
        AtomicBoolean sawInterrupt = new AtomicBoolean();
        Invocation invocation = invocation(LiftContext.builder("r", "orders").build(), (call) -> {
            try {
                Thread.sleep(10_000);
                return "too late";
            }
            catch (InterruptedException ex) {
                sawInterrupt.set(true);
                throw ex;
            }
        });
        long start = System.nanoTime();
        assertThatExceptionOfType(LiftTimeoutException.class).isThrownBy(() -> chain.execute(invocation))
            .satisfies((ex) -> {
                assertThat(ex.status()).isEqualTo(504);
                assertThat(ex.code()).isEqualTo("timeout");
                assertThat(ex.timeout()).isEqualTo(Duration.ofMillis(100));
                assertThat(ex.getMessage()).doesNotContain("deadline");
            });
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(90L, 5_000L);
        assertThat(sawInterrupt).isTrue();
        assertThat(invocation.rejectedBy()).isEqualTo("timeout");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void callThatSwallowsTheInterruptStillTimesOutAndLeavesTheFlagClear() {
        LiftChain chain = chain(LiftTimeoutCalculator.fixed(Duration.ofMillis(20)), Duration.ZERO);
        Invocation invocation = invocation(LiftContext.builder("r", "orders").build(), (call) -> {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(60);
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return "finished, ignoring the interrupt";
        });
        assertThatExceptionOfType(LiftTimeoutException.class).isThrownBy(() -> chain.execute(invocation));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void fastCallReturnsItsResultAndLeavesNoPendingTimer() throws Exception {
        LiftChain chain = chain(LiftTimeoutCalculator.fixed(Duration.ofSeconds(10)), Duration.ZERO);
        assertThat(chain.execute(invocation(LiftContext.builder("r", "orders").build(), (call) -> "done")))
            .isEqualTo("done");
        assertThat(this.scheduler.pendingTimers()).isZero();
    }

    @Test
    void exceptionOfACallWithinItsTimeoutPassesThrough() {
        LiftChain chain = chain(LiftTimeoutCalculator.fixed(Duration.ofSeconds(10)), Duration.ZERO);
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> chain
            .execute(invocation(LiftContext.builder("r", "orders").build(), (call) -> {
                throw new IllegalStateException("boom");
            })));
        assertThat(this.scheduler.pendingTimers()).isZero();
    }

    @Test
    void invocationDeadlineMinusSafetyMarginCapsTheTimeout() {
        LiftChain chain = chain(LiftTimeoutCalculator.fixed(Duration.ofSeconds(10)), Duration.ofMillis(200));
        LiftContext context = LiftContext.builder("r", "orders").deadlineIn(300).build();
        long start = System.nanoTime();
        assertThatExceptionOfType(LiftTimeoutException.class)
            .isThrownBy(() -> chain.execute(invocation(context, (call) -> {
                Thread.sleep(10_000);
                return "too late";
            })))
            .satisfies((ex) -> {
                assertThat(ex.timeout()).isLessThanOrEqualTo(Duration.ofMillis(100));
                assertThat(ex.getMessage()).contains("deadline");
            });
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(elapsed).isLessThan(300);
    }

    @Test
    void callWithNoTimeLeftBeforeTheMarginIsNotStarted() {
        LiftChain chain = chain(LiftTimeoutCalculator.fixed(Duration.ofSeconds(10)), Duration.ofMillis(500));
        AtomicBoolean called = new AtomicBoolean();
        LiftContext context = LiftContext.builder("r", "orders").deadlineIn(200).build();
        assertThatExceptionOfType(LiftTimeoutException.class)
            .isThrownBy(() -> chain.execute(invocation(context, (call) -> called.getAndSet(true))));
        assertThat(called).isFalse();
    }

    @Test
    void noTimeoutAndNoDeadlineArmsNoTimer() throws Exception {
        TimeoutScheduler closed = new TimeoutScheduler();
        closed.close();
        // A closed scheduler would refuse a timer: the call goes through without one.
        LiftChain chain = new LiftChain(List.of(new TimeoutFilter((context) -> null, Duration.ofMillis(200), closed)));
        assertThat(chain.execute(invocation(LiftContext.builder("r", "orders").build(), (call) -> "done")))
            .isEqualTo("done");
    }

    @Test
    void perOperationTimeoutsComeFromTheCalculator() {
        OperationTimeoutCalculator calculator = new OperationTimeoutCalculator(Duration.ofSeconds(5),
                Map.of("reports", Duration.ofSeconds(30), "ping", Duration.ZERO));
        assertThat(calculator.timeout(LiftContext.builder("r", "orders").build())).isEqualTo(Duration.ofSeconds(5));
        assertThat(calculator.timeout(LiftContext.builder("r", "reports").build())).isEqualTo(Duration.ofSeconds(30));
        assertThat(calculator.timeout(LiftContext.builder("r", "ping").build())).isZero();
    }

    @Test
    void pendingInterruptNeverHitsTheNextCallOnTheSameThread() throws Exception {
        long timeoutNanos = TimeUnit.MICROSECONDS.toNanos(300);
        LiftChain chain = chain((context) -> Duration.ofNanos(timeoutNanos), Duration.ZERO);
        int timedOut = 0;
        int completed = 0;
        int spurious = 0;
        for (int i = 0; i < 1500; i++) {
            // Finish around the timeout, just before or just after it, to race the interrupt.
            long workNanos = timeoutNanos + ThreadLocalRandom.current().nextLong(-100_000, 100_000);
            try {
                chain.execute(invocation(LiftContext.builder("r", "orders").build(), (call) -> {
                    spinFor(workNanos);
                    return "done";
                }));
                completed++;
            }
            catch (LiftTimeoutException ex) {
                timedOut++;
            }
            if (Thread.currentThread().isInterrupted()) {
                spurious++;
                Thread.interrupted();
            }
            // Outside any call: an interrupt arriving now would be one that outlived its call.
            LockSupport.parkNanos(50_000);
            if (Thread.interrupted()) {
                spurious++;
            }
        }
        assertThat(spurious).isZero();
        assertThat(timedOut).as("calls that timed out").isPositive();
        assertThat(completed).as("calls that completed").isPositive();
        assertThat(this.scheduler.pendingTimers()).isZero();
    }

    @Test
    void timeoutsUseNoThreadPerCall() throws Exception {
        LiftChain chain = chain((context) -> Duration.ofNanos(ThreadLocalRandom.current().nextLong(200_000, 1_000_000)),
                Duration.ZERO);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            runCalls(callers, chain, 200);
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            AtomicInteger outcomes = runCalls(callers, chain, 2000);
            int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
            assertThat(outcomes.get()).isEqualTo(2000);
            assertThat(threadsAfter - threadsBefore).isLessThanOrEqualTo(2);
            assertThat(this.scheduler.pendingTimers()).isZero();
        }
        finally {
            callers.shutdownNow();
        }
    }

    @Test
    void timedOutCallGivesBackItsBulkheadPermits() throws Exception {
        LiftBulkhead bulkhead = new LiftBulkhead(BulkheadConfig.builder().limit(BulkheadLevel.GLOBAL, 1).build(), null);
        LiftChain chain = new LiftChain(List.of(new BulkheadFilter(bulkhead),
                new TimeoutFilter(LiftTimeoutCalculator.fixed(Duration.ofMillis(30)), Duration.ZERO, this.scheduler)));
        LiftTarget slow = (call) -> {
            Thread.sleep(10_000);
            return "too late";
        };
        for (int i = 0; i < 3; i++) {
            // With one permit, a second call could only get through if the first gave its permit back.
            assertThatExceptionOfType(LiftTimeoutException.class)
                .isThrownBy(() -> chain.execute(invocation(LiftContext.builder("r", "orders").build(), slow)));
        }
        assertThat(chain.execute(invocation(LiftContext.builder("r", "orders").build(), (call) -> "ok")))
            .isEqualTo("ok");
    }

    private AtomicInteger runCalls(ExecutorService callers, LiftChain chain, int calls) throws Exception {
        AtomicInteger outcomes = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            futures.add(callers.submit(() -> {
                try {
                    chain.execute(invocation(LiftContext.builder("r", "orders").build(), (call) -> {
                        spinFor(ThreadLocalRandom.current().nextLong(0, 600_000));
                        return "done";
                    }));
                }
                catch (LiftTimeoutException ex) {
                    // Counted below like a result: both outcomes are expected.
                }
                catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
                if (!Thread.currentThread().isInterrupted()) {
                    outcomes.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
        return outcomes;
    }

    @Test
    void insideTheTimeoutTheCurrentContextCarriesTheTimeoutsDeadlineAndOutsideTheInvocations() throws Exception {
        LiftChain chain = new LiftChain(List.of(new ContextFilter(),
                new TimeoutFilter(LiftTimeoutCalculator.fixed(Duration.ofMillis(200)), Duration.ZERO, this.scheduler),
                (invocation, next) -> {
                    long outside = invocation.context().remainingNanos();
                    Object inside = next.proceed(invocation);
                    return List.of(outside, inside);
                }));
        LiftContext context = LiftContext.builder("r", "orders").deadlineIn(10_000).build();

        Object remaining = chain.execute(invocation(context,
                (call) -> LiftContext.current().orElseThrow().remainingNanos()));

        List<?> both = (List<?>) remaining;
        assertThat((Long) both.get(0)).as("the invocation's own deadline").isGreaterThan(Duration.ofSeconds(9).toNanos());
        assertThat((Long) both.get(1)).as("what the function sees").isBetween(1L, Duration.ofMillis(200).toNanos());
    }

    private LiftChain chain(LiftTimeoutCalculator calculator, Duration margin) {
        return new LiftChain(List.of(new TimeoutFilter(calculator, margin, this.scheduler)));
    }

    private static Invocation invocation(LiftContext context, LiftTarget target) {
        return new Invocation(context, null, target);
    }

    private static void spinFor(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

}
