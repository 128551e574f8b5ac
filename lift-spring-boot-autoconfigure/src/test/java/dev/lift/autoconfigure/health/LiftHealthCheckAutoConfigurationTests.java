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

package dev.lift.autoconfigure.health;

import java.time.Duration;
import java.util.Map;

import dev.lift.error.LiftConfigurationException;
import dev.lift.health.HealthCheckResult;
import dev.lift.health.LiftHealthCheck;
import dev.lift.health.ScheduledHealthChecks;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LiftHealthCheckAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftHealthCheckAutoConfiguration.class));

    @Test
    void backsOffWithoutAnyCheck() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(ScheduledHealthChecks.class)
            .doesNotHaveBean("liftChecksHealthIndicator"));
    }

    @Test
    void showsEachCheckUnderLiftChecks() {
        this.contextRunner.withBean("db", LiftHealthCheck.class, () -> LiftHealthCheck.of("db",
                () -> HealthCheckResult.up(Map.of("latencyMs", 3))))
            .withBean("queue", LiftHealthCheck.class, () -> LiftHealthCheck.of("queue",
                    () -> HealthCheckResult.down(Map.of("reason", "refused"))))
            .run((context) -> {
                LiftCompositeHealthContributor checks = context.getBean("liftChecksHealthIndicator",
                        LiftCompositeHealthContributor.class);
                await().untilAsserted(() -> {
                    assertThat(health(checks, "db").status()).isEqualTo(LiftHealth.UP);
                    assertThat(health(checks, "queue").status()).isEqualTo(LiftHealth.DOWN);
                });
                assertThat(health(checks, "db").details()).containsEntry("latencyMs", 3)
                    .containsKeys("checkedAt", "durationMs");
                assertThat(health(checks, "queue").details()).containsEntry("reason", "refused");
            });
    }

    @Test
    void theDownStatusIsConfigurable() {
        this.contextRunner.withPropertyValues("lift.health.checks.down-status=OUT_OF_SERVICE")
            .withBean(LiftHealthCheck.class, () -> LiftHealthCheck.of("db", () -> {
                throw new IllegalStateException("secret");
            }))
            .run((context) -> {
                LiftCompositeHealthContributor checks = context.getBean("liftChecksHealthIndicator",
                        LiftCompositeHealthContributor.class);
                await().untilAsserted(() -> assertThat(health(checks, "db").status()).isEqualTo(LiftHealth.OUT_OF_SERVICE));
                assertThat(health(checks, "db").details()).isEqualTo(Map.of("error",
                        IllegalStateException.class.getName(), "checkedAt",
                        health(checks, "db").details().get("checkedAt"), "durationMs",
                        health(checks, "db").details().get("durationMs")));
            });
    }

    @Test
    void aHangingCheckAnswersFromTheCacheAtOnce() {
        this.contextRunner.withPropertyValues("lift.health.checks.timeout=5s")
            .withBean(LiftHealthCheck.class, () -> LiftHealthCheck.of("hangs", () -> {
                Thread.sleep(Duration.ofMinutes(10).toMillis());
                return HealthCheckResult.up();
            }))
            .run((context) -> {
                LiftCompositeHealthContributor checks = context.getBean("liftChecksHealthIndicator",
                        LiftCompositeHealthContributor.class);
                long start = System.nanoTime();
                LiftHealth health = health(checks, "hangs");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
                assertThat(health.status()).isEqualTo(LiftHealth.UNKNOWN);
            });
    }

    @Test
    void canBeSwitchedOffLikeAnyHealthIndicator() {
        this.contextRunner.withPropertyValues("management.health.lift-checks.enabled=false")
            .withBean(LiftHealthCheck.class, () -> LiftHealthCheck.of("db", HealthCheckResult::up))
            .run((context) -> assertThat(context).doesNotHaveBean(ScheduledHealthChecks.class));
    }

    @Test
    void backsOffWithoutActuator() {
        this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate.health", "org.springframework.boot.health"))
            .withBean(LiftHealthCheck.class, () -> LiftHealthCheck.of("db", HealthCheckResult::up))
            .run((context) -> assertThat(context).doesNotHaveBean(ScheduledHealthChecks.class));
    }

    @Test
    void aUserContributorReplacesLifts() {
        this.contextRunner
            .withBean("liftChecksHealthIndicator", LiftHealthIndicator.class, () -> () -> LiftHealth.up(Map.of()))
            .withBean(LiftHealthCheck.class, () -> LiftHealthCheck.of("db", HealthCheckResult::up))
            .run((context) -> assertThat(context.getBean("liftChecksHealthIndicator"))
                .isNotInstanceOf(LiftCompositeHealthContributor.class));
    }

    @Test
    void aNonPositiveTimeoutFailsAtStartUp() {
        this.contextRunner.withPropertyValues("lift.health.checks.timeout=0s")
            .withBean(LiftHealthCheck.class, () -> LiftHealthCheck.of("db", HealthCheckResult::up))
            .run((context) -> assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.health.checks.timeout"));
    }

    @Test
    void masterSwitchTurnsItOff() {
        this.contextRunner.withPropertyValues("lift.enabled=false")
            .withBean(LiftHealthCheck.class, () -> LiftHealthCheck.of("db", HealthCheckResult::up))
            .run((context) -> assertThat(context).doesNotHaveBean(ScheduledHealthChecks.class));
    }

    static LiftHealth health(LiftCompositeHealthContributor contributor, String name) {
        return contributor.members().get(name).health();
    }

}
