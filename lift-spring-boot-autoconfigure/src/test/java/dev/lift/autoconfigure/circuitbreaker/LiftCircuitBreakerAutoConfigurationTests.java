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

package dev.lift.autoconfigure.circuitbreaker;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftTarget;
import dev.lift.chain.StatusResult;
import dev.lift.circuitbreaker.CircuitBreakerPolicy;
import dev.lift.circuitbreaker.CircuitBreakerStateListener;
import dev.lift.circuitbreaker.LiftCircuitBreakerFilter;
import dev.lift.circuitbreaker.LiftCircuitOpenException;
import dev.lift.circuitbreaker.LiftFallback;
import dev.lift.circuitbreaker.ScopedCircuitBreakers;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftConfigurationException;
import dev.lift.instances.InstanceKeys;
import dev.lift.instances.InstanceScope;

import static dev.lift.autoconfigure.SpringBootUnderTest.R4J_CIRCUIT_BREAKER;
import static dev.lift.autoconfigure.SpringBootUnderTest.R4J_CIRCUIT_BREAKER_METRICS;
import static dev.lift.autoconfigure.SpringBootUnderTest.COMPOSITE_METER_REGISTRY;
import static dev.lift.autoconfigure.SpringBootUnderTest.METRICS;
import static dev.lift.autoconfigure.SpringBootUnderTest.SIMPLE_METRICS_EXPORT;
import static dev.lift.autoconfigure.SpringBootUnderTest.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiftCircuitBreakerAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftCircuitBreakerAutoConfiguration.class));

    private static final LiftTarget FAILING = (invocation) -> {
        throw new IllegalStateException("down");
    };

    private static Object call(LiftCircuitBreakerFilter filter, String tenant, String operation, LiftTarget target)
            throws Exception {
        LiftContext context = LiftContext.builder("r", operation).tenantId(tenant).build();
        return new LiftChain(List.of(filter)).execute(new Invocation(context, null, target));
    }

    @Test
    void offUnlessEnabled() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(LiftCircuitBreakerFilter.class)
            .doesNotHaveBean(CircuitBreakerRegistry.class));
    }

    @Test
    void offWhenLiftIsDisabled() {
        this.contextRunner.withPropertyValues("lift.enabled=false", "lift.circuit-breaker.enabled=true")
            .run((context) -> assertThat(context).doesNotHaveBean(LiftCircuitBreakerFilter.class));
    }

    @Test
    void offWithoutResilience4j() {
        this.contextRunner.withPropertyValues("lift.circuit-breaker.enabled=true")
            .withClassLoader(new FilteredClassLoader(CircuitBreakerRegistry.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LiftCircuitBreakerFilter.class));
    }

    @Test
    void enabledWithItsOwnRegistryWhenTheApplicationHasNone() {
        this.contextRunner.withPropertyValues("lift.circuit-breaker.enabled=true").run((context) -> {
            assertThat(context).hasSingleBean(LiftCircuitBreakerFilter.class)
                .hasSingleBean(CircuitBreakerRegistry.class)
                .hasBean("liftCircuitBreakerMetrics");
        });
    }

    @Test
    void userFilterBacksOff() {
        this.contextRunner.withPropertyValues("lift.circuit-breaker.enabled=true")
            .withUserConfiguration(UserFilterConfiguration.class)
            .run((context) -> assertThat(context).getBean(LiftCircuitBreakerFilter.class)
                .isSameAs(context.getBean(UserFilterConfiguration.class).filter));
    }

    @Test
    void reusesResilience4jRegistryAndItsBaseConfigs() {
        this.contextRunner
            .withConfiguration(AutoConfigurations.of(type(R4J_CIRCUIT_BREAKER)))
            .withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.base-config=strict",
                    "resilience4j.circuitbreaker.configs.strict.failure-rate-threshold=10",
                    "resilience4j.circuitbreaker.configs.strict.sliding-window-size=7")
            .run((context) -> {
                assertThat(context).hasSingleBean(CircuitBreakerRegistry.class).doesNotHaveBean("liftCircuitBreakerMetrics");
                CircuitBreakerRegistry registry = context.getBean(CircuitBreakerRegistry.class);
                call(context.getBean(LiftCircuitBreakerFilter.class), null, "orders", (invocation) -> "ok");
                CircuitBreaker breaker = registry.circuitBreaker("lift-circuit-breaker");
                assertThat(breaker.getCircuitBreakerConfig().getFailureRateThreshold()).isEqualTo(10f);
                assertThat(breaker.getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(7);
            });
    }

    @Test
    void evictedTenantsLeaveNoBreakerAndNoMetersWithResilience4jMetrics() {
        this.contextRunner
            .withConfiguration(AutoConfigurations.of(type(METRICS),
                    type(SIMPLE_METRICS_EXPORT), type(COMPOSITE_METER_REGISTRY),
                    type(R4J_CIRCUIT_BREAKER), type(R4J_CIRCUIT_BREAKER_METRICS)))
            .withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.scope=tenant",
                    "lift.tenancy.max-tracked-tenants=5")
            .run((context) -> {
                LiftCircuitBreakerFilter filter = context.getBean(LiftCircuitBreakerFilter.class);
                MeterRegistry meters = context.getBean(MeterRegistry.class);
                call(filter, "first", "orders", (invocation) -> "ok");
                int metersPerBreaker = meters.find("resilience4j.circuitbreaker.state").meters().size();
                assertThat(metersPerBreaker).isPositive();
                for (int i = 0; i < 500; i++) {
                    call(filter, "tenant-" + i, "orders", (invocation) -> "ok");
                }
                assertThat(context.getBean(CircuitBreakerRegistry.class).getAllCircuitBreakers()).hasSizeLessThanOrEqualTo(5);
                assertThat(meters.find("resilience4j.circuitbreaker.state").meters())
                    .hasSizeLessThanOrEqualTo(5 * metersPerBreaker);
                assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", "lift-circuit-breaker:tenant=tenant-0")
                    .meters()).isEmpty();
            });
    }

    @Test
    void presetSetsScopeAndValuesAndPropertiesWin() {
        this.contextRunner
            .withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.preset=advanced",
                    "lift.circuit-breaker.wait-duration-in-open-state=5s",
                    "lift.circuit-breaker.operations.orders.failure-rate-threshold=25")
            .run((context) -> {
                call(context.getBean(LiftCircuitBreakerFilter.class), "acme", "orders", (invocation) -> "ok");
                call(context.getBean(LiftCircuitBreakerFilter.class), "acme", "refunds", (invocation) -> "ok");
                CircuitBreakerRegistry registry = context.getBean(CircuitBreakerRegistry.class);
                var orders = registry.circuitBreaker("lift-circuit-breaker:tenant=acme:op=orders").getCircuitBreakerConfig();
                var refunds = registry.circuitBreaker("lift-circuit-breaker:tenant=acme:op=refunds").getCircuitBreakerConfig();
                assertThat(orders.getSlidingWindowType()).isEqualTo(SlidingWindowType.TIME_BASED);
                assertThat(orders.getFailureRateThreshold()).isEqualTo(25f);
                assertThat(refunds.getFailureRateThreshold()).isEqualTo(50f);
                assertThat(refunds.getSlowCallRateThreshold()).isEqualTo(50f);
                assertThat(orders.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(5000L);
            });
    }

    @Test
    void tenantOverrideGivesTheTenantItsOwnBreaker() {
        this.contextRunner
            .withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.tenants.vip.minimum-number-of-calls=2",
                    "lift.circuit-breaker.tenants.vip.sliding-window-size=2")
            .run((context) -> {
                LiftCircuitBreakerFilter filter = context.getBean(LiftCircuitBreakerFilter.class);
                for (int i = 0; i < 2; i++) {
                    assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> call(filter, "vip", "orders", FAILING));
                }
                assertThatExceptionOfType(LiftCircuitOpenException.class)
                    .isThrownBy(() -> call(filter, "vip", "orders", (invocation) -> "ok"));
                assertThat(call(filter, "other", "orders", (invocation) -> "ok")).isEqualTo("ok");
            });
    }

    @Test
    void fallbackBeanAnswersForItsOperationAndTransitionsArePublished() {
        this.contextRunner
            .withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.sliding-window-size=2",
                    "lift.circuit-breaker.minimum-number-of-calls=2", "lift.circuit-breaker.operations.orders.fallback=cachedOrders")
            .withUserConfiguration(FallbackConfiguration.class)
            .run((context) -> {
                LiftCircuitBreakerFilter filter = context.getBean(LiftCircuitBreakerFilter.class);
                assertThat(call(filter, null, "orders", FAILING)).isEqualTo("cached");
                assertThat(call(filter, null, "orders", FAILING)).isEqualTo("cached");
                assertThat(call(filter, null, "orders", (invocation) -> "fresh")).isEqualTo("cached");
                assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> call(filter, null, "refunds", FAILING));
                List<LiftCircuitBreakerStateChangedEvent> events = context.getBean(FallbackConfiguration.class).events;
                assertThat(events).singleElement().satisfies((event) -> {
                    assertThat(event.getInstanceName()).isEqualTo("lift-circuit-breaker:op=orders");
                    assertThat(event.getOperation()).isEqualTo("orders");
                    assertThat(event.getToState()).isEqualTo(CircuitBreaker.State.OPEN);
                });
            });
    }

    @Test
    void emptyRecordStatusesCountsNoResultAsFailure() {
        this.contextRunner
            .withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.sliding-window-size=2",
                    "lift.circuit-breaker.minimum-number-of-calls=2", "lift.circuit-breaker.operations.health.record-statuses=")
            .run((context) -> {
                LiftCircuitBreakerFilter filter = context.getBean(LiftCircuitBreakerFilter.class);
                StatusResult serverError = () -> 500;
                for (int i = 0; i < 5; i++) {
                    assertThat(call(filter, null, "health", (invocation) -> serverError)).isSameAs(serverError);
                }
                call(filter, null, "orders", (invocation) -> serverError);
                call(filter, null, "orders", (invocation) -> serverError);
                assertThatExceptionOfType(LiftCircuitOpenException.class)
                    .isThrownBy(() -> call(filter, null, "orders", (invocation) -> "ok"));
            });
    }

    @Test
    void badValueFailsStartUpNamingPropertyValueAndRange() {
        this.contextRunner
            .withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.operations.orders.failure-rate-threshold=150")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.circuit-breaker.operations.orders.failure-rate-threshold")
                .hasMessageContaining("150")
                .hasMessageContaining("percentage"));
    }

    @Test
    void unknownFallbackOrBaseConfigFailsStartUp() {
        this.contextRunner.withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.fallback=missing")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("lift.circuit-breaker.fallback")
                .hasMessageContaining("LiftFallback bean"));
        this.contextRunner.withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.base-config=nope")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("lift.circuit-breaker.base-config")
                .hasMessageContaining("resilience4j.circuitbreaker.configs"));
        this.contextRunner.withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.record-statuses=600")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("lift.circuit-breaker.record-statuses"));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserFilterConfiguration {

        final LiftCircuitBreakerFilter filter = new LiftCircuitBreakerFilter(
                new ScopedCircuitBreakers(CircuitBreakerRegistry.ofDefaults(), InstanceKeys.of(InstanceScope.GLOBAL), 10,
                        Duration.ofMinutes(1), (key) -> new CircuitBreakerPolicy(CircuitBreakerConfig.ofDefaults(), null),
                        CircuitBreakerStateListener.NONE));

        @Bean
        LiftCircuitBreakerFilter userFilter() {
            return this.filter;
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class FallbackConfiguration {

        final List<LiftCircuitBreakerStateChangedEvent> events = new CopyOnWriteArrayList<>();

        @Bean
        LiftFallback cachedOrders() {
            return (invocation, cause) -> "cached";
        }

        @Bean
        ApplicationListener<LiftCircuitBreakerStateChangedEvent> stateListener() {
            return this.events::add;
        }

    }

}
