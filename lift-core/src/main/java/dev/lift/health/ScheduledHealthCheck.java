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

package dev.lift.health;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link LiftHealthCheck} with its schedule, circuit breaker, run in flight and last report.
 */
final class ScheduledHealthCheck {

    private static final Logger logger = LoggerFactory.getLogger(ScheduledHealthCheck.class);

    /** Recorded by the circuit breaker for a run that returned DOWN rather than throwing. */
    private static final Exception CHECK_FAILED = new Exception("Health check reported DOWN", null, false, false) {
    };

    private final LiftHealthCheck check;

    private final HealthCheckSchedule schedule;

    private final ScheduledExecutorService scheduler;

    private final ThreadPoolExecutor workers;

    private final Clock clock;

    private final CircuitBreaker circuitBreaker;

    private final AtomicBoolean inFlight = new AtomicBoolean();

    private volatile HealthCheckReport report = HealthCheckReport.NOT_YET_CHECKED;

    ScheduledHealthCheck(LiftHealthCheck check, HealthCheckSchedule schedule, ScheduledExecutorService scheduler,
            ThreadPoolExecutor workers, Clock clock) {
        this.check = check;
        this.schedule = schedule;
        this.scheduler = scheduler;
        this.workers = workers;
        this.clock = clock;
        // All of the last N runs failed = N failures in a row.
        this.circuitBreaker = CircuitBreaker.of("lift-health-check:" + check.name(), CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(schedule.failureThreshold())
            .minimumNumberOfCalls(schedule.failureThreshold())
            .failureRateThreshold(100)
            .permittedNumberOfCallsInHalfOpenState(1)
            .waitDurationInOpenState(schedule.openWait())
            .recordExceptions(Throwable.class)
            .build());
    }

    HealthCheckSchedule schedule() {
        return this.schedule;
    }

    HealthCheckReport report() {
        return this.report;
    }

    /** Starts a run unless one is in flight or the circuit is open. Runs on the scheduler thread. */
    void start() {
        if (!this.inFlight.compareAndSet(false, true)) {
            return;
        }
        if (!this.circuitBreaker.tryAcquirePermission()) {
            this.inFlight.set(false);
            HealthCheckReport last = this.report;
            publish(new HealthCheckReport(new HealthCheckResult(HealthCheckResult.Status.DOWN, last.result().details())
                .withDetails(Map.of("circuitBreaker", this.circuitBreaker.getState().name())), last.checkedAt(),
                    last.duration()));
            return;
        }
        Run run = new Run(System.nanoTime());
        run.timeout = this.scheduler.schedule(() -> timeOut(run), this.schedule.timeout().toNanos(),
                TimeUnit.NANOSECONDS);
        try {
            this.workers.execute(() -> execute(run));
        }
        catch (RejectedExecutionException ex) {
            // Only when shutting down: a check never has two runs, so a worker is always free.
            run.timeout.cancel(false);
            this.circuitBreaker.releasePermission();
            this.inFlight.set(false);
        }
    }

    private void execute(Run run) {
        synchronized (run) {
            run.runner = Thread.currentThread();
        }
        try {
            if (!run.finished.get()) {
                finish(run, runCheck(), Duration.ofNanos(System.nanoTime() - run.startNanos));
                run.timeout.cancel(false);
            }
        }
        finally {
            synchronized (run) {
                run.runner = null;
            }
            // An interrupt from the timeout must not reach the next task of this pooled thread.
            Thread.interrupted();
            this.inFlight.set(false);
        }
    }

    private HealthCheckResult runCheck() {
        try {
            HealthCheckResult result = this.check.check();
            return (result != null) ? result : HealthCheckResult.down(Map.of("error", "no result"));
        }
        catch (Exception ex) {
            // The type says what went wrong; messages can hold hosts or credentials, so only the log has them.
            logger.debug("Health check '{}' failed", this.check.name(), ex);
            return HealthCheckResult.down(Map.of("error", ex.getClass().getName()));
        }
    }

    private void timeOut(Run run) {
        HealthCheckResult timedOut = HealthCheckResult
            .down(Map.of("error", "timeout", "timeout", this.schedule.timeout().toString()));
        if (finish(run, timedOut, this.schedule.timeout())) {
            synchronized (run) {
                if (run.runner != null) {
                    run.runner.interrupt();
                }
            }
        }
    }

    /** Records the outcome of a run, once: the first of the check and its timeout wins. */
    private boolean finish(Run run, HealthCheckResult result, Duration duration) {
        if (!run.finished.compareAndSet(false, true)) {
            return false;
        }
        if (result.status() == HealthCheckResult.Status.UP) {
            this.circuitBreaker.onSuccess(duration.toNanos(), TimeUnit.NANOSECONDS);
        }
        else {
            this.circuitBreaker.onError(duration.toNanos(), TimeUnit.NANOSECONDS, CHECK_FAILED);
        }
        if (this.circuitBreaker.getState() != CircuitBreaker.State.CLOSED) {
            result = result.withDetails(Map.of("circuitBreaker", this.circuitBreaker.getState().name()));
        }
        publish(new HealthCheckReport(result, this.clock.instant(), duration));
        return true;
    }

    private void publish(HealthCheckReport next) {
        HealthCheckResult.Status previous = this.report.status();
        this.report = next;
        if (previous != next.status()) {
            if (next.status() == HealthCheckResult.Status.UP) {
                logger.info("Health check '{}' is UP", this.check.name());
            }
            else {
                logger.warn("Health check '{}' is {} {}", this.check.name(), next.status(), next.result().details());
            }
        }
    }

    /** One run of the check: who runs it, its timeout, and whether its outcome is recorded. */
    private static final class Run {

        final long startNanos;

        final AtomicBoolean finished = new AtomicBoolean();

        volatile ScheduledFuture<?> timeout;

        Thread runner;

        Run(long startNanos) {
            this.startNanos = startNanos;
        }

    }

}
