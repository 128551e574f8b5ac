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

package dev.lift.autoconfigure.timeout;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.context.LiftContext;
import dev.lift.timeout.LiftTimeoutCalculator;
import dev.lift.timeout.TimeoutFilter;
import dev.lift.timeout.TimeoutScheduler;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static dev.lift.autoconfigure.LiftConfigurationFailures.assertLiftConfigurationFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiftTimeoutAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(LiftTimeoutAutoConfiguration.class, LiftTenancyAutoConfiguration.class,
                    LiftChainAutoConfiguration.class));

    @Test
    void isOffUnlessEnabled() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(TimeoutFilter.class)
            .doesNotHaveBean(TimeoutScheduler.class)
            .doesNotHaveBean(LiftTimeoutCalculator.class));
    }

    @Test
    void isOffWhenLiftIsDisabled() {
        this.contextRunner.withPropertyValues("lift.enabled=false", "lift.timeout.enabled=true")
            .run((context) -> assertThat(context).doesNotHaveBean(TimeoutFilter.class));
    }

    @Test
    void whenEnabledTheFilterJoinsTheChainWithTheStandardPreset() {
        this.contextRunner.withPropertyValues("lift.timeout.enabled=true").run((context) -> {
            assertThat(context).hasSingleBean(TimeoutFilter.class).hasSingleBean(TimeoutScheduler.class);
            assertThat(context.getBean(LiftChain.class).filters()).extracting(LiftFilter::name)
                .containsExactly("context", "timeout");
            assertThat(timeoutOf(context.getBean(LiftTimeoutCalculator.class), "orders"))
                .isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void presetsSetTheDefaultTimeoutAndPropertiesOverrideIt() {
        this.contextRunner.withPropertyValues("lift.timeout.enabled=true", "lift.timeout.preset=fast")
            .run((context) -> assertThat(timeoutOf(context.getBean(LiftTimeoutCalculator.class), "orders"))
                .isEqualTo(Duration.ofSeconds(1)));
        this.contextRunner.withPropertyValues("lift.timeout.enabled=true", "lift.timeout.preset=slow")
            .run((context) -> assertThat(timeoutOf(context.getBean(LiftTimeoutCalculator.class), "orders"))
                .isEqualTo(Duration.ofSeconds(60)));
        this.contextRunner.withPropertyValues("lift.timeout.enabled=true", "lift.timeout.preset=deadline")
            .run((context) -> assertThat(timeoutOf(context.getBean(LiftTimeoutCalculator.class), "orders")).isZero());
        this.contextRunner
            .withPropertyValues("lift.timeout.enabled=true", "lift.timeout.preset=slow",
                    "lift.timeout.default-timeout=3s", "lift.timeout.operations.reports.timeout=2m")
            .run((context) -> {
                LiftTimeoutCalculator calculator = context.getBean(LiftTimeoutCalculator.class);
                assertThat(timeoutOf(calculator, "orders")).isEqualTo(Duration.ofSeconds(3));
                assertThat(timeoutOf(calculator, "reports")).isEqualTo(Duration.ofMinutes(2));
            });
    }

    @Test
    void aTenantTimeoutWinsOverItsOperations() {
        this.contextRunner
            .withPropertyValues("lift.timeout.enabled=true", "lift.timeout.default-timeout=3s",
                    "lift.timeout.operations.reports.timeout=2m", "lift.timeout.tenants.acme.timeout=500ms")
            .run((context) -> {
                LiftTimeoutCalculator calculator = context.getBean(LiftTimeoutCalculator.class);
                assertThat(timeoutOf(calculator, "acme", "reports")).isEqualTo(Duration.ofMillis(500));
                assertThat(timeoutOf(calculator, "acme", "orders")).isEqualTo(Duration.ofMillis(500));
                assertThat(timeoutOf(calculator, "globex", "reports")).isEqualTo(Duration.ofMinutes(2));
                assertThat(timeoutOf(calculator, "globex", "orders")).isEqualTo(Duration.ofSeconds(3));
            });
    }

    @Test
    void userCalculatorReplacesTheConfiguredTimeouts() {
        this.contextRunner.withPropertyValues("lift.timeout.enabled=true")
            .withBean("myCalculator", LiftTimeoutCalculator.class,
                    () -> LiftTimeoutCalculator.fixed(Duration.ofMillis(7)))
            .run((context) -> {
                assertThat(context).hasSingleBean(LiftTimeoutCalculator.class).hasBean("myCalculator");
                assertThat(timeoutOf(context.getBean(LiftTimeoutCalculator.class), "orders"))
                    .isEqualTo(Duration.ofMillis(7));
                assertThat(context).hasSingleBean(TimeoutFilter.class);
            });
    }

    @Test
    void userFilterReplacesLiftsOwn() {
        this.contextRunner.withPropertyValues("lift.timeout.enabled=true")
            .withBean("myFilter", TimeoutFilter.class,
                    () -> new TimeoutFilter((context) -> null, Duration.ZERO, new TimeoutScheduler()))
            .run((context) -> assertThat(context).hasSingleBean(TimeoutFilter.class).hasBean("myFilter"));
    }

    @Test
    void schedulerStopsWithTheContext() {
        AtomicReference<TimeoutScheduler> scheduler = new AtomicReference<>();
        this.contextRunner.withPropertyValues("lift.timeout.enabled=true")
            .run((context) -> scheduler.set(context.getBean(TimeoutScheduler.class)));
        assertThatExceptionOfType(RejectedExecutionException.class).isThrownBy(() -> scheduler.get().start(1_000_000));
    }

    @Test
    void badValuesFailAtStartUpNamingPropertyValueAndAcceptedRange() {
        assertFails("lift.timeout.default-timeout=-1s", "lift.timeout.default-timeout", "PT-1S", "0 or more");
        assertFails("lift.timeout.lambda-safety-margin=-100ms", "lift.timeout.lambda-safety-margin", "PT-0.1S",
                "0 or more");
        assertFails("lift.timeout.operations.reports.timeout=-2s", "lift.timeout.operations.reports.timeout", "PT-2S",
                "0 or more");
    }

    private void assertFails(String setting, String property, String value, String accepted) {
        this.contextRunner.withPropertyValues("lift.timeout.enabled=true", setting)
            .run((context) -> assertLiftConfigurationFailure(context.getStartupFailure(), property, value, accepted));
    }

    private static Duration timeoutOf(LiftTimeoutCalculator calculator, String tenant, String operation) {
        return calculator.timeout(LiftContext.builder("r", operation).tenantId(tenant).build());
    }

    private static Duration timeoutOf(LiftTimeoutCalculator calculator, String operation) {
        return calculator.timeout(LiftContext.builder("r", operation).build());
    }

}
