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

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;

import dev.lift.chain.ContextFilter;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftTarget;
import dev.lift.chain.StatusCodes;
import dev.lift.chain.StatusResult;
import dev.lift.context.LiftContext;
import dev.lift.instances.InstanceKeys;
import dev.lift.instances.InstanceScope;
import dev.lift.retry.RetryStatistics.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiftRetryFilterTests {

    private static final StatusCodes RETRY_5XX = StatusCodes.parse("statuses", List.of("502", "503"));

    private final RetryRegistry registry = RetryRegistry.ofDefaults();

    private ScopedRetries retries;

    private LiftChain chain(RetryConfig config, RetryBudget.Settings budget, RetryListener listener) {
        this.retries = new ScopedRetries(this.registry, InstanceKeys.of(InstanceScope.OPERATION), 100,
                Duration.ofMinutes(5), (key) -> new RetryPolicy(config, RETRY_5XX, budget), Duration.ofMillis(50),
                listener);
        return new LiftChain(List.of(new ContextFilter(), new LiftRetryFilter(this.retries)));
    }

    private static RetryConfig attempts(int maxAttempts, long waitMillis) {
        return RetryConfig.custom().maxAttempts(maxAttempts).intervalBiFunction((retry, failure) -> waitMillis).build();
    }

    private static Invocation call(LiftTarget target) {
        return new Invocation(LiftContext.builder("req", "orders").build(), null, target);
    }

    private static Invocation call(long deadlineMillis, LiftTarget target) {
        // The deadline starts now, as Lambda's remaining time does.
        return new Invocation(LiftContext.builder("req", "orders").deadlineIn(deadlineMillis).build(), null, target);
    }

    private static LiftTarget failingTimes(int failures, AtomicLong attempts) {
        return (invocation) -> {
            if (attempts.incrementAndGet() <= failures) {
                throw new IOException("connection reset");
            }
            return "ok";
        };
    }

    @Test
    void retriesFailedAttemptsUntilOneSucceeds() throws Exception {
        List<Integer> retryNumbers = new CopyOnWriteArrayList<>();
        LiftChain chain = chain(attempts(3, 1), null, new RetryListener() {
            @Override
            public void onRetry(String instanceName, int retry, Duration wait, Throwable cause) {
                assertThat(instanceName).isEqualTo("lift-retry:op=orders");
                assertThat(cause).isInstanceOf(IOException.class);
                retryNumbers.add(retry);
            }
        });
        AtomicLong attempts = new AtomicLong();
        assertThat(chain.execute(call(failingTimes(2, attempts)))).isEqualTo("ok");
        assertThat(attempts).hasValue(3);
        assertThat(retryNumbers).containsExactly(1, 2);
        assertThat(this.retries.statistics().calls(Outcome.SUCCEEDED_AFTER_RETRY)).isOne();
    }

    @Test
    void lastFailureReachesTheCallerWhenAttemptsRunOut() {
        LiftChain chain = chain(attempts(3, 1), null, RetryListener.NONE);
        AtomicLong attempts = new AtomicLong();
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> chain.execute(call(failingTimes(10, attempts))));
        assertThat(attempts).hasValue(3);
        assertThat(this.retries.statistics().calls(Outcome.FAILED_RETRIES_EXHAUSTED)).isOne();
    }

    @Test
    void ignoredExceptionsAreNotRetried() {
        RetryConfig config = RetryConfig.from(attempts(3, 1)).ignoreExceptions(IllegalArgumentException.class).build();
        LiftChain chain = chain(config, null, RetryListener.NONE);
        AtomicLong attempts = new AtomicLong();
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> chain.execute(call((invocation) -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("bad input");
        })));
        assertThat(attempts).hasValue(1);
        assertThat(this.retries.statistics().calls(Outcome.FAILED_NOT_RETRYABLE)).isOne();
    }

    @Test
    void resultsWithARetryStatusAreRetriedAndTheLastOneReturned() throws Exception {
        LiftChain chain = chain(attempts(3, 1), null, RetryListener.NONE);
        AtomicLong attempts = new AtomicLong();
        StatusResult unavailable = () -> 503;
        StatusResult ok = () -> 200;
        assertThat(chain.execute(call((invocation) -> (attempts.incrementAndGet() < 3) ? unavailable : ok))).isSameAs(ok);
        attempts.set(0);
        assertThat(chain.execute(call((invocation) -> {
            attempts.incrementAndGet();
            return unavailable;
        }))).isSameAs(unavailable);
        assertThat(attempts).hasValue(3);
        StatusResult notImplemented = () -> 501;
        attempts.set(0);
        assertThat(chain.execute(call((invocation) -> {
            attempts.incrementAndGet();
            return notImplemented;
        }))).isSameAs(notImplemented);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void noRetryStartsWhenItsWaitWouldPassTheDeadlineMinusTheMargin() throws Exception {
        LiftChain chain = chain(attempts(1000, 20), null, RetryListener.NONE);
        LiftContext context = LiftContext.builder("req", "orders").deadlineIn(400).build();
        List<Long> attemptStarts = new CopyOnWriteArrayList<>();
        long latestStart = context.deadlineNanos() - TimeUnit.MILLISECONDS.toNanos(50);
        Invocation tracked = new Invocation(context, null, (inv) -> {
            attemptStarts.add(System.nanoTime());
            throw new IOException("still down");
        });
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> chain.execute(tracked));
        assertThat(attemptStarts).hasSizeGreaterThan(1).hasSizeLessThan(1000);
        assertThat(attemptStarts).allMatch((start) -> start <= latestStart);
        assertThat(this.retries.statistics().refused(RetryRefusal.DEADLINE)).isOne();
        assertThat(this.retries.statistics().calls(Outcome.FAILED_RETRY_REFUSED)).isOne();
    }

    @Test
    void noRetryAtAllWhenTheDeadlineIsWithinTheMargin() {
        LiftChain chain = chain(attempts(3, 1), null, RetryListener.NONE);
        AtomicLong attempts = new AtomicLong();
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> chain.execute(call(30, failingTimes(10, attempts))));
        assertThat(attempts).hasValue(1);
        assertThat(this.retries.statistics().refused(RetryRefusal.DEADLINE)).isOne();
    }

    @Test
    void anInterruptedWaitStartsNoFurtherAttemptAndKeepsTheInterrupt() throws Exception {
        LiftChain chain = chain(attempts(3, 60_000), null, RetryListener.NONE);
        AtomicLong attempts = new AtomicLong();
        CountDownLatch firstAttempt = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                chain.execute(call((invocation) -> {
                    attempts.incrementAndGet();
                    firstAttempt.countDown();
                    throw new IOException("down");
                }));
            }
            catch (Exception ex) {
                failure.set(ex);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertThat(firstAttempt.await(10, TimeUnit.SECONDS)).isTrue();
        // As a timeout does: interrupt the caller while it waits for its retry.
        caller.interrupt();
        caller.join(10_000);
        assertThat(caller.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(IOException.class);
        assertThat(stillInterrupted).isTrue();
        assertThat(attempts).hasValue(1);
        assertThat(this.retries.statistics().calls(Outcome.FAILED_RETRY_REFUSED)).isOne();
    }

    @Test
    void budgetCapsRetriesDuringAnOutage() {
        LiftChain chain = chain(attempts(4, 0), new RetryBudget.Settings(20, 0, Duration.ofMinutes(1)), RetryListener.NONE);
        AtomicLong attempts = new AtomicLong();
        for (int i = 0; i < 100; i++) {
            assertThatExceptionOfType(IOException.class).isThrownBy(() -> chain.execute(call(failingTimes(1000, attempts))));
        }
        // Without a budget: 400 attempts. With 20 % of 100 calls: 100 calls + 20 retries, and every
        // call ends on a retry the budget refused.
        assertThat(attempts).hasValue(120);
        assertThat(this.retries.statistics().refused(RetryRefusal.BUDGET)).isEqualTo(100);
        assertThat(this.retries.statistics().calls(Outcome.FAILED_RETRY_REFUSED)).isEqualTo(100);
    }

    @Test
    void budgetNeverOverdrawsUnderConcurrentCalls() throws Exception {
        LiftChain chain = chain(attempts(4, 0), new RetryBudget.Settings(20, 0, Duration.ofMinutes(1)), RetryListener.NONE);
        AtomicLong attempts = new AtomicLong();
        int threads = 16;
        int callsPerThread = 500;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(executor.submit(() -> {
                    for (int i = 0; i < callsPerThread; i++) {
                        assertThatExceptionOfType(IOException.class)
                            .isThrownBy(() -> chain.execute(call(failingTimes(Integer.MAX_VALUE, attempts))));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
        }
        finally {
            executor.shutdownNow();
        }
        long calls = (long) threads * callsPerThread;
        long retries = attempts.get() - calls;
        // Without the budget: 3 retries per call. With it: at most 20 % of the calls.
        assertThat(retries).isPositive().isLessThanOrEqualTo(calls / 5);
        assertThat(this.retries.statistics().attempts()).isEqualTo(attempts.get());
        assertThat(this.retries.statistics().calls()).isEqualTo(calls);
    }

    @Test
    void countersAddUpExactlyUnderConcurrentCalls() throws Exception {
        AtomicLong retriesSeen = new AtomicLong();
        LiftChain chain = chain(attempts(4, 0), null, new RetryListener() {
            @Override
            public void onRetry(String instanceName, int retry, Duration wait, Throwable cause) {
                retriesSeen.incrementAndGet();
            }
        });
        AtomicLong targetCalls = new AtomicLong();
        LiftTarget flaky = (invocation) -> {
            targetCalls.incrementAndGet();
            if (ThreadLocalRandom.current().nextInt(100) < 40) {
                throw new IOException("flaky");
            }
            return "ok";
        };
        int threads = 16;
        int callsPerThread = 2_000;
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(executor.submit(() -> {
                    for (int i = 0; i < callsPerThread; i++) {
                        try {
                            chain.execute(call(flaky));
                            succeeded.incrementAndGet();
                        }
                        catch (Exception ex) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
        }
        finally {
            executor.shutdownNow();
        }
        long calls = (long) threads * callsPerThread;
        RetryStatistics statistics = this.retries.statistics();
        assertThat(statistics.calls()).isEqualTo(calls);
        assertThat(statistics.attempts()).isEqualTo(targetCalls.get()).isEqualTo(calls + retriesSeen.get());
        assertThat(statistics.calls(Outcome.SUCCEEDED_WITHOUT_RETRY) + statistics.calls(Outcome.SUCCEEDED_AFTER_RETRY))
            .isEqualTo(succeeded.get());
        assertThat(statistics.calls(Outcome.FAILED_RETRIES_EXHAUSTED)).isEqualTo(failed.get()).isPositive();
        Retry.Metrics metrics = this.registry.retry("lift-retry:op=orders").getMetrics();
        assertThat(metrics.getNumberOfSuccessfulCallsWithoutRetryAttempt())
            .isEqualTo(statistics.calls(Outcome.SUCCEEDED_WITHOUT_RETRY));
        assertThat(metrics.getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(statistics.calls(Outcome.SUCCEEDED_AFTER_RETRY));
        assertThat(metrics.getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(failed.get());
        // resilience4j counts attempts as "total calls".
        assertThat(metrics.getNumberOfTotalCalls()).isEqualTo(statistics.attempts());
    }

}
