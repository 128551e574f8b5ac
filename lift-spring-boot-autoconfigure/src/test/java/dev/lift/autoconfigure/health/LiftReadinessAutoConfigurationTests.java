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

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code liftReadiness} itself; its membership of the readiness group is tested with each Spring Boot
 * line's health endpoint in Lift's Spring Boot 3 and 4 modules.
 */
class LiftReadinessAutoConfigurationTests {

    private final AtomicReference<String> notReadyReason = new AtomicReference<>();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftReadinessAutoConfiguration.class));

    private final ReadinessSignal signal = new ReadinessSignal() {

        @Override
        public String name() {
            return "loadShedding";
        }

        @Override
        public String notReadyReason() {
            return LiftReadinessAutoConfigurationTests.this.notReadyReason.get();
        }

    };

    @Test
    void outOfServiceWhileASignalSaysSoWithItsReason() {
        this.contextRunner.withBean(ReadinessSignal.class, () -> this.signal).run((context) -> {
            LiftHealthIndicator readiness = context.getBean(LiftReadinessAutoConfiguration.INDICATOR_BEAN,
                    LiftHealthIndicator.class);
            assertThat(readiness.health().status()).isEqualTo(LiftHealth.UP);

            this.notReadyReason.set("shedding 80% of calls");

            assertThat(readiness.health().status()).isEqualTo(LiftHealth.OUT_OF_SERVICE);
            assertThat(readiness.health().details()).containsEntry("loadShedding", "shedding 80% of calls");

            this.notReadyReason.set(null);

            assertThat(readiness.health().status()).isEqualTo(LiftHealth.UP);
        });
    }

    @Test
    void absentWithoutAnySignal() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean("liftReadinessHealthIndicator"));
    }

    @Test
    void canBeSwitchedOff() {
        this.contextRunner.withBean(ReadinessSignal.class, () -> this.signal)
            .withPropertyValues("lift.health.readiness.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("liftReadinessHealthIndicator"));
    }

    @Test
    void canBeSwitchedOffLikeAnyHealthIndicator() {
        this.contextRunner.withBean(ReadinessSignal.class, () -> this.signal)
            .withPropertyValues("management.health.lift-readiness.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("liftReadinessHealthIndicator"));
    }

    @Test
    void absentWithoutSpringBootHealth() {
        this.contextRunner.withBean(ReadinessSignal.class, () -> this.signal)
            .withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(
                    "org.springframework.boot.actuate.health", "org.springframework.boot.health"))
            .run((context) -> assertThat(context).doesNotHaveBean("liftReadinessHealthIndicator"));
    }

}
