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

package dev.lift.autoconfigure.retry;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.lift.chain.ContextFilter;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftTarget;
import dev.lift.chain.StatusCodes;
import dev.lift.chain.StatusResult;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftConfigurationException;
import dev.lift.instances.InstanceKeys;
import dev.lift.instances.InstanceScope;
import dev.lift.retry.LiftRetryFilter;
import dev.lift.retry.RetryListener;
import dev.lift.retry.RetryPolicy;
import dev.lift.retry.RetryStatistics;
import dev.lift.retry.ScopedRetries;

import static dev.lift.autoconfigure.SpringBootUnderTest.R4J_RETRY;
import static dev.lift.autoconfigure.SpringBootUnderTest.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiftRetryAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftRetryAutoConfiguration.class));

    private static Object call(LiftRetryFilter filter, String tenant, String operation, LiftTarget target) throws Exception {
        LiftContext context = LiftContext.builder("r", operation).tenantId(tenant).build();
        return new LiftChain(List.of(new ContextFilter(), filter)).execute(new Invocation(context, null, target));
    }

    private static LiftTarget failing(AtomicInteger attempts) {
        return (invocation) -> {
            attempts.incrementAndGet();
            throw new IOException("down");
        };
    }

    @Test
    void offUnlessEnabled() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(LiftRetryFilter.class)
            .doesNotHaveBean(RetryRegistry.class));
    }

    @Test
    void offWhenLiftIsDisabled() {
        this.contextRunner.withPropertyValues("lift.enabled=false", "lift.retry.enabled=true")
            .run((context) -> assertThat(context).doesNotHaveBean(LiftRetryFilter.class));
    }

    @Test
    void offWithoutResilience4j() {
        this.contextRunner.withPropertyValues("lift.retry.enabled=true")
            .withClassLoader(new FilteredClassLoader(RetryRegistry.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LiftRetryFilter.class));
    }

    @Test
    void enabledWithItsOwnRegistryMetricsAndStatistics() {
        this.contextRunner.withPropertyValues("lift.retry.enabled=true").run((context) -> {
            assertThat(context).hasSingleBean(LiftRetryFilter.class)
                .hasSingleBean(RetryRegistry.class)
                .hasSingleBean(RetryStatistics.class)
                .hasBean("liftRetryMetrics");
        });
    }

    @Test
    void userBeanBacksOff() {
        this.contextRunner.withPropertyValues("lift.retry.enabled=true")
            .withUserConfiguration(UserRetriesConfiguration.class)
            .run((context) -> assertThat(context).getBean(ScopedRetries.class)
                .isSameAs(context.getBean(UserRetriesConfiguration.class).retries));
    }

    @Test
    void reusesResilience4jRegistryAndItsBaseConfigs() {
        this.contextRunner.withConfiguration(AutoConfigurations.of(type(R4J_RETRY)))
            .withPropertyValues("lift.retry.enabled=true", "lift.retry.operations.orders.base-config=patient",
                    "resilience4j.retry.configs.patient.max-attempts=5",
                    "resilience4j.retry.configs.patient.wait-duration=1ms")
            .run((context) -> {
                assertThat(context).hasSingleBean(RetryRegistry.class).doesNotHaveBean("liftRetryMetrics");
                AtomicInteger attempts = new AtomicInteger();
                LiftRetryFilter filter = context.getBean(LiftRetryFilter.class);
                assertThatExceptionOfType(IOException.class).isThrownBy(() -> call(filter, null, "orders", failing(attempts)));
                assertThat(attempts).hasValue(5);
                assertThat(context.getBean(RetryRegistry.class).find("lift-retry:op=orders")).isPresent();
            });
    }

    @Test
    void httpPresetRetriesItsStatusesAndPropertiesWin() {
        this.contextRunner
            .withPropertyValues("lift.retry.enabled=true", "lift.retry.preset=http", "lift.retry.initial-delay=1ms",
                    "lift.retry.max-delay=2ms", "lift.retry.tenants.vip.max-attempts=5")
            .run((context) -> {
                LiftRetryFilter filter = context.getBean(LiftRetryFilter.class);
                AtomicInteger attempts = new AtomicInteger();
                StatusResult unavailable = () -> 503;
                assertThat(call(filter, "acme", "orders", (invocation) -> {
                    attempts.incrementAndGet();
                    return unavailable;
                })).isSameAs(unavailable);
                assertThat(attempts).hasValue(3);
                attempts.set(0);
                assertThatExceptionOfType(IOException.class).isThrownBy(() -> call(filter, "vip", "orders", failing(attempts)));
                assertThat(attempts).hasValue(5);
                attempts.set(0);
                assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> call(filter, "acme", "orders", (i) -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("a bug, not a transport failure");
                }));
                assertThat(attempts).hasValue(1);
            });
    }

    @Test
    void customBackoffBeanAndListenersAreUsed() {
        this.contextRunner
            .withPropertyValues("lift.retry.enabled=true", "lift.retry.preset=custom", "lift.retry.custom-backoff=steps")
            .withUserConfiguration(CustomBackoffConfiguration.class)
            .run((context) -> {
                AtomicInteger attempts = new AtomicInteger();
                assertThatExceptionOfType(IOException.class)
                    .isThrownBy(() -> call(context.getBean(LiftRetryFilter.class), null, "orders", failing(attempts)));
                assertThat(attempts).hasValue(3);
                assertThat(context.getBean(CustomBackoffConfiguration.class).waits).containsExactly(Duration.ofMillis(1),
                        Duration.ofMillis(2));
            });
    }

    @Test
    void badValuesFailStartUpNamingPropertyValueAndRange() {
        assertStartUpFails("lift.retry.operations.orders.max-attempts=0", "lift.retry.operations.orders.max-attempts", "0");
        assertStartUpFails("lift.retry.jitter=2", "lift.retry.jitter", "from 0 to 1");
        assertStartUpFails("lift.retry.strategy=custom", "lift.retry.custom-backoff", "IntervalFunction");
        assertStartUpFails("lift.retry.budget.percent=-5", "lift.retry.budget.percent", "-5");
        assertStartUpFails("lift.retry.retry-statuses=5xx,700", "lift.retry.retry-statuses", "700");
        assertStartUpFails("lift.retry.tenants.acme.max-delay=1ms", "lift.retry.tenants.acme.max-delay", "initial-delay");
    }

    private void assertStartUpFails(String property, String named, String mentioned) {
        this.contextRunner.withPropertyValues("lift.retry.enabled=true", property)
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining(named)
                .hasMessageContaining(mentioned));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserRetriesConfiguration {

        final ScopedRetries retries = new ScopedRetries(RetryRegistry.ofDefaults(), InstanceKeys.of(InstanceScope.GLOBAL),
                10, Duration.ofMinutes(1), (key) -> new RetryPolicy(RetryConfig.ofDefaults(), StatusCodes.NONE, null), Duration.ZERO,
                RetryListener.NONE);

        @Bean
        ScopedRetries userRetries() {
            return this.retries;
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class CustomBackoffConfiguration {

        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Bean
        IntervalFunction steps() {
            return (retry) -> (long) retry;
        }

        @Bean
        RetryListener recordingListener() {
            return new RetryListener() {
                @Override
                public void onRetry(String instanceName, int retry, Duration wait, Throwable cause) {
                    CustomBackoffConfiguration.this.waits.add(wait);
                }
            };
        }

    }

}
