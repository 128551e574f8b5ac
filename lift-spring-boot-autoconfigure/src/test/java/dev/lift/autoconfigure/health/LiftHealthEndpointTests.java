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

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.lift.autoconfigure.SpringBootUnderTest;
import dev.lift.autoconfigure.bulkhead.LiftBulkheadAutoConfiguration;
import dev.lift.autoconfigure.bulkhead.LiftBulkheadHealthAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.health.HealthCheckResult;
import dev.lift.health.LiftHealthCheck;
import dev.lift.autoconfigure.line.LiftSpringBootLineAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static dev.lift.autoconfigure.SpringBootUnderTest.AVAILABILITY_HEALTH;
import static dev.lift.autoconfigure.SpringBootUnderTest.AVAILABILITY_PROBES;
import static dev.lift.autoconfigure.SpringBootUnderTest.HEALTH_CONTRIBUTOR;
import static dev.lift.autoconfigure.SpringBootUnderTest.HEALTH_ENDPOINT;
import static dev.lift.autoconfigure.SpringBootUnderTest.autoConfigurations;
import static dev.lift.autoconfigure.SpringBootUnderTest.healthStatus;
import static dev.lift.autoconfigure.SpringBootUnderTest.isGroupMember;
import static dev.lift.autoconfigure.SpringBootUnderTest.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Lift's contributors through Spring Boot's own health endpoint, with the running Spring Boot line's
 * adapter: the component names, statuses, the checks' composite, and {@code liftReadiness} in the
 * readiness group.
 */
class LiftHealthEndpointTests {

    private final AtomicReference<String> notReadyReason = new AtomicReference<>();

    private final ReadinessSignal signal = new ReadinessSignal() {

        @Override
        public String name() {
            return "loadShedding";
        }

        @Override
        public String notReadyReason() {
            return LiftHealthEndpointTests.this.notReadyReason.get();
        }

    };

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftReadinessAutoConfiguration.class,
                LiftHealthCheckAutoConfiguration.class, LiftTenancyAutoConfiguration.class,
                LiftBulkheadAutoConfiguration.class, LiftBulkheadHealthAutoConfiguration.class,
                ApplicationAvailabilityAutoConfiguration.class, EndpointAutoConfiguration.class, LiftSpringBootLineAutoConfiguration.class,
                type(AVAILABILITY_HEALTH), type(AVAILABILITY_PROBES), type(HEALTH_CONTRIBUTOR)))
        .withConfiguration(autoConfigurations(HEALTH_ENDPOINT))
        .withPropertyValues("management.endpoint.health.probes.enabled=true");

    @Test
    void liftsContributorsAnswerUnderTheirNames() {
        this.contextRunner
            .withPropertyValues("lift.bulkhead.enabled=true", "lift.health.bulkheads.saturated-status=OUT_OF_SERVICE")
            .withBean("db", LiftHealthCheck.class, () -> LiftHealthCheck.of("db", HealthCheckResult::up))
            .withBean("queue", LiftHealthCheck.class,
                    () -> LiftHealthCheck.of("queue", () -> HealthCheckResult.down(Map.of("reason", "refused"))))
            .run((context) -> {
                assertThat(healthStatus(context, "liftBulkheads")).isEqualTo("UP");
                await().untilAsserted(() -> {
                    assertThat(healthStatus(context, "liftChecks", "db")).isEqualTo("UP");
                    assertThat(healthStatus(context, "liftChecks", "queue")).isEqualTo("DOWN");
                });
                assertThat(healthStatus(context)).isEqualTo("DOWN");
            });
    }

    @Test
    void aSwitchedOffContributorIsNotRegistered() {
        this.contextRunner.withPropertyValues("lift.bulkhead.enabled=true", "management.health.lift-bulkheads.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("liftBulkheadsHealthContributor")
                .doesNotHaveBean("liftBulkheadsHealthIndicator"));
    }

    @Test
    void readinessGoesOutOfServiceWhileASignalSaysSoAndLivenessIsUntouched() {
        this.contextRunner.withBean(ReadinessSignal.class, () -> this.signal).run((context) -> {
            // What a started application publishes; the context runner does not.
            AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
            assertThat(healthStatus(context, "readiness")).isEqualTo("UP");

            this.notReadyReason.set("shedding 80% of calls");

            assertThat(healthStatus(context, "readiness")).isEqualTo("OUT_OF_SERVICE");
            assertThat(healthStatus(context, "liveness")).isEqualTo("UP");

            this.notReadyReason.set(null);

            assertThat(healthStatus(context, "readiness")).isEqualTo("UP");
        });
    }

    @Test
    void keepsWhatTheUserIncludedInReadiness() {
        this.contextRunner.withBean(ReadinessSignal.class, () -> this.signal)
            .withPropertyValues("management.endpoint.health.group.readiness.include=readinessState,ping",
                    "management.health.ping.enabled=true")
            .run((context) -> {
                assertThat(isGroupMember(context, "readiness", "readinessState")).isTrue();
                assertThat(isGroupMember(context, "readiness", "liftReadiness")).isTrue();
                assertThat(isGroupMember(context, "liveness", "liftReadiness")).isFalse();
            });
    }

    @Test
    void withoutProbesNoGroupIsCreated() {
        this.contextRunner.withPropertyValues("management.endpoint.health.probes.enabled=false")
            .withBean(ReadinessSignal.class, () -> this.signal)
            .run((context) -> {
                assertThat(isGroupMember(context, "readiness", "liftReadiness")).isFalse();
                assertThat(context).hasBean("liftReadinessHealthIndicator").hasBean("liftReadinessHealthContributor");
            });
    }

    @Test
    void noGroupPostProcessorWithoutLiftReadiness() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean("liftReadinessGroupPostProcessor"));
    }

    @Test
    void theRunningLineIsTheOneTested() {
        assertThat(SpringBootUnderTest.isSpringBoot4()).isEqualTo(Boolean.getBoolean("lift.test.spring-boot-4"));
    }

}
