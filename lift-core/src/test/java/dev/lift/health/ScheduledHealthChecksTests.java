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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

class ScheduledHealthChecksTests {

    private static final Duration FAST = Duration.ofMillis(20);

    private final CountDownLatch endOfTest = new CountDownLatch(1);

    private ScheduledHealthChecks checks;

    @AfterEach
    void close() {
        this.endOfTest.countDown();
        if (this.checks != null) {
            this.checks.close();
        }
    }

    @Test
    void reportsUnknownUntilTheFirstRunAndThenTheCachedResult() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        start(schedule(Duration.ofMinutes(1), Duration.ofMinutes(1), 3), LiftHealthCheck.of("db", () -> {
            runs.incrementAndGet();
            release.await();
            return HealthCheckResult.up(Map.of("version", "42"));
        }));

        assertThat(this.checks.report("db").status()).isEqualTo(HealthCheckResult.Status.UNKNOWN);
        release.countDown();
        await().untilAsserted(() -> assertThat(this.checks.report("db").status()).isEqualTo(HealthCheckResult.Status.UP));
        HealthCheckReport report = this.checks.report("db");
        assertThat(report.result().details()).containsEntry("version", "42");
        assertThat(report.checkedAt()).isNotNull();
        for (int i = 0; i < 1000; i++) {
            this.checks.reports();
        }
        assertThat(runs).as("reading health never runs the check").hasValue(1);
    }

    @Test
    void aHangingCheckIsDownAfterItsTimeoutAndNeverRunsTwiceAtOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        start(schedule(FAST, Duration.ofMillis(100), 1000), LiftHealthCheck.of("hangs", () -> {
            runs.incrementAndGet();
            // Ignores interruption, as badly behaved clients do, until the test ends.
            while (true) {
                try {
                    this.endOfTest.await();
                    return HealthCheckResult.up();
                }
                catch (InterruptedException ex) {
                    // keep hanging
                }
            }
        }));

        await().atMost(Duration.ofSeconds(5))
            .untilAsserted(() -> assertThat(this.checks.report("hangs").status()).isEqualTo(HealthCheckResult.Status.DOWN));
        assertThat(this.checks.report("hangs").result().details()).containsEntry("error", "timeout")
            .containsEntry("timeout", "PT0.1S");
        // 25 intervals later: still the one run, on one thread.
        Thread.sleep(FAST.toMillis() * 25);
        assertThat(runs).hasValue(1);
        assertThat(threadsNamed("lift-health-check")).isEqualTo(1);
    }

    @Test
    void aTimedOutCheckThatHonoursInterruptionRunsAgainOnItsNextTurn() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        start(schedule(FAST, Duration.ofMillis(50), 1000), LiftHealthCheck.of("slow", () -> {
            if (runs.incrementAndGet() == 1) {
                Thread.sleep(Duration.ofMinutes(1).toMillis());
            }
            return HealthCheckResult.up();
        }));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(runs).hasValueGreaterThan(1);
            assertThat(this.checks.report("slow").status()).isEqualTo(HealthCheckResult.Status.UP);
        });
    }

    @Test
    void aThrowingCheckIsDownWithTheExceptionTypeOnly() {
        start(schedule(Duration.ofMinutes(1), Duration.ofSeconds(5), 3), LiftHealthCheck.of("broken", () -> {
            throw new IllegalStateException("password=hunter2 at db.internal:5432");
        }));

        await().untilAsserted(() -> assertThat(this.checks.report("broken").status()).isEqualTo(HealthCheckResult.Status.DOWN));
        assertThat(this.checks.report("broken").result().details())
            .isEqualTo(Map.of("error", IllegalStateException.class.getName()));
    }

    @Test
    void consecutiveFailuresOpenTheCircuitAndTheDependencyIsLeftAlone() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        start(schedule(FAST, Duration.ofSeconds(5), 3), LiftHealthCheck.of("down", () -> {
            runs.incrementAndGet();
            return HealthCheckResult.down(Map.of("reason", "refused"));
        }));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                this.checks.report("down").result().details()).containsEntry("circuitBreaker", "OPEN"));
        Thread.sleep(FAST.toMillis() * 10);
        assertThat(runs).hasValue(3);
        assertThat(this.checks.report("down").status()).isEqualTo(HealthCheckResult.Status.DOWN);
        assertThat(this.checks.report("down").result().details()).containsEntry("reason", "refused");
    }

    @Test
    void theCircuitLetsOneTrialRunThroughAfterItsWaitAndClosesOnSuccess() {
        AtomicInteger runs = new AtomicInteger();
        this.checks = new ScheduledHealthChecks(List.of(LiftHealthCheck.of("recovers", () -> (runs.incrementAndGet() <= 2)
                ? HealthCheckResult.down(Map.of()) : HealthCheckResult.up())),
                (name) -> new HealthCheckSchedule(FAST, Duration.ofSeconds(5), 2, Duration.ofMillis(200)),
                Clock.systemUTC());
        this.checks.start();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(this.checks.report("recovers").status()).isEqualTo(HealthCheckResult.Status.UP);
            assertThat(this.checks.report("recovers").result().details()).doesNotContainKey("circuitBreaker");
        });
        assertThat(runs).hasValueGreaterThanOrEqualTo(3);
    }

    @Test
    void namesMustBeUniqueAndPlain() {
        HealthCheckSchedule schedule = schedule(FAST, FAST, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> new ScheduledHealthChecks(
                List.of(LiftHealthCheck.of("a", HealthCheckResult::up), LiftHealthCheck.of("a", HealthCheckResult::up)),
                (name) -> schedule, Clock.systemUTC())).withMessageContaining("'a'");
        assertThatIllegalArgumentException().isThrownBy(() -> new ScheduledHealthChecks(
                List.of(LiftHealthCheck.of("a b", HealthCheckResult::up)), (name) -> schedule, Clock.systemUTC()));
    }

    @Test
    void closeInterruptsRunsInFlight() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        start(schedule(Duration.ofMinutes(1), Duration.ofMinutes(1), 3), LiftHealthCheck.of("long", () -> {
            started.countDown();
            try {
                Thread.sleep(Duration.ofMinutes(1).toMillis());
            }
            catch (InterruptedException ex) {
                interrupted.countDown();
            }
            return HealthCheckResult.up();
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        this.checks.close();

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private void start(HealthCheckSchedule schedule, LiftHealthCheck... checks) {
        this.checks = new ScheduledHealthChecks(List.of(checks), (name) -> schedule, Clock.systemUTC());
        this.checks.start();
    }

    private static HealthCheckSchedule schedule(Duration interval, Duration timeout, int failureThreshold) {
        return new HealthCheckSchedule(interval, timeout, failureThreshold, Duration.ofMinutes(1));
    }

    private static long threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
            .filter((thread) -> thread.isAlive() && thread.getName().startsWith(prefix))
            .count();
    }

}
