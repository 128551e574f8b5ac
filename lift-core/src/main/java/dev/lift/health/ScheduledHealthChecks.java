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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Runs {@link LiftHealthCheck}s in the background and keeps their last {@link HealthCheckReport}, so
 * that reading health costs a volatile read and never waits on a dependency.
 *
 * <p>Threads: one scheduler thread for all checks (it only starts runs and times them out), and at
 * most one worker thread per check. A check runs at most once at a time: while a run is in flight
 * (even one that timed out and ignores interruption) the check is not started again, so a hanging
 * dependency holds one thread, never more. Each check has its own resilience4j circuit breaker:
 * after {@link HealthCheckSchedule#failureThreshold()} failed runs in a row the dependency is left
 * alone for {@link HealthCheckSchedule#openWait()}.
 */
public final class ScheduledHealthChecks implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Map<String, ScheduledHealthCheck> checks;

    private final ScheduledThreadPoolExecutor scheduler;

    private final ThreadPoolExecutor workers;

    /**
     * @param checks the checks; names must be unique
     * @param schedules the schedule of each check, by name
     * @param clock the clock for {@link HealthCheckReport#checkedAt()}
     */
    public ScheduledHealthChecks(List<? extends LiftHealthCheck> checks, Function<String, HealthCheckSchedule> schedules,
            Clock clock) {
        Objects.requireNonNull(schedules, "schedules");
        this.scheduler = new ScheduledThreadPoolExecutor(1, daemonThreads("lift-health-scheduler"));
        this.scheduler.setRemoveOnCancelPolicy(true);
        // A check runs at most once at a time, so one thread per check is the most ever needed.
        this.workers = new ThreadPoolExecutor(0, Math.max(1, checks.size()), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemonThreads("lift-health-check"));
        Map<String, ScheduledHealthCheck> byName = new LinkedHashMap<>();
        for (LiftHealthCheck check : checks) {
            String name = check.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Health check name '" + name + "' of " + check.getClass().getName()
                        + " must be 1 to 64 letters, digits, '-' or '_'");
            }
            HealthCheckSchedule schedule = Objects.requireNonNull(schedules.apply(name), "schedule of " + name);
            if (byName.putIfAbsent(name, new ScheduledHealthCheck(check, schedule, this.scheduler, this.workers,
                    clock)) != null) {
                throw new IllegalArgumentException("Two health checks are named '" + name + "'");
            }
        }
        this.checks = Collections.unmodifiableMap(byName);
    }

    /** Starts running every check now and then on its schedule. */
    public void start() {
        for (ScheduledHealthCheck check : this.checks.values()) {
            this.scheduler.scheduleWithFixedDelay(check::start, 0, check.schedule().interval().toNanos(),
                    TimeUnit.NANOSECONDS);
        }
    }

    /**
     * The last report of every check, in the order the checks were given.
     * @return the reports by check name
     */
    public Map<String, HealthCheckReport> reports() {
        Map<String, HealthCheckReport> reports = new LinkedHashMap<>();
        this.checks.forEach((name, check) -> reports.put(name, check.report()));
        return reports;
    }

    /**
     * The last report of one check.
     * @param name the check's name
     * @return the report, or {@code null} when there is no such check
     */
    public HealthCheckReport report(String name) {
        ScheduledHealthCheck check = this.checks.get(name);
        return (check != null) ? check.report() : null;
    }

    /** @return the check names, in the order the checks were given */
    public List<String> names() {
        return List.copyOf(this.checks.keySet());
    }

    /** Stops the schedule and interrupts the runs in flight. */
    @Override
    public void close() {
        this.scheduler.shutdownNow();
        this.workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return (runnable) -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

}
