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

import java.util.Map;

import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.circuitbreaker.ScopedCircuitBreakers;
import dev.lift.context.LiftContext;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import dev.lift.error.LiftConfigurationException;
import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import dev.lift.autoconfigure.health.LiftPatternState;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * {@code liftCircuitBreakers}: states from the resilience4j registry, critical operations, tenants and caps.
 */
class CircuitBreakersHealthTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftCircuitBreakerHealthAutoConfiguration.class,
                LiftTenancyAutoConfiguration.class, LiftCircuitBreakerAutoConfiguration.class));

    @Test
    void noContributorWithoutItsPattern() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(LiftPatternState.class)
            .doesNotHaveBean(LiftHealthIndicator.class));
    }

    @Test
    void openCircuitsAreShownButChangeTheStatusOnlyForCriticalOperations() {
        this.contextRunner.withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.scope=operation")
            .run((context) -> {
                ScopedCircuitBreakers breakers = context.getBean(ScopedCircuitBreakers.class);
                breakers.circuitBreaker(call("acme", "orders")).transitionToOpenState();
                breakers.circuitBreaker(call("acme", "search"));

                LiftHealth health = health(context, "liftCircuitBreakersHealthIndicator");

                assertThat(health.status()).isEqualTo(LiftHealth.UP);
                assertThat(health.details()).containsEntry("breakers", 2)
                    .containsEntry("states", Map.of("CLOSED", 1, "OPEN", 1))
                    .containsEntry("criticalOpen", 0L);
                assertThat(health.details().get("instances")).asInstanceOf(MAP).containsOnlyKeys("op=orders",
                        "op=search");
            });
        this.contextRunner
            .withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.scope=operation",
                    "lift.health.circuit-breakers.critical-operations=orders")
            .run((context) -> {
                context.getBean(ScopedCircuitBreakers.class).circuitBreaker(call("acme", "orders")).transitionToOpenState();
                assertThat(health(context, "liftCircuitBreakersHealthIndicator").status()).isEqualTo(LiftHealth.DOWN);
            });
    }

    @Test
    void perTenantBreakersAreCountedNotNamedUnlessTenantsMayBeShown() {
        String[] properties = { "lift.circuit-breaker.enabled=true", "lift.circuit-breaker.scope=tenant-operation" };
        this.contextRunner.withPropertyValues(properties).run((context) -> {
            context.getBean(ScopedCircuitBreakers.class).circuitBreaker(call("acme", "orders"));
            LiftHealth health = health(context, "liftCircuitBreakersHealthIndicator");
            assertThat(health.details()).containsEntry("tenantInstancesHidden", 1);
            assertThat(health.details().toString()).doesNotContain("acme");
        });
        this.contextRunner.withPropertyValues(properties).withPropertyValues("lift.health.show-tenants=true").run((context) -> {
            context.getBean(ScopedCircuitBreakers.class).circuitBreaker(call("acme", "orders"));
            assertThat(health(context, "liftCircuitBreakersHealthIndicator").details().get("instances"))
                .asInstanceOf(MAP)
                .containsKey("tenant=acme:op=orders");
        });
    }

    @Test
    void detailsListAtMostTheConfiguredNumberOfInstances() {
        this.contextRunner
            .withPropertyValues("lift.circuit-breaker.enabled=true", "lift.circuit-breaker.scope=operation",
                    "lift.health.max-detail-entries=5")
            .run((context) -> {
                ScopedCircuitBreakers breakers = context.getBean(ScopedCircuitBreakers.class);
                for (int i = 0; i < 30; i++) {
                    breakers.circuitBreaker(call("acme", "op" + i));
                }
                breakers.circuitBreaker(call("acme", "op29")).transitionToOpenState();
                @SuppressWarnings("unchecked")
                Map<String, Object> instances = (Map<String, Object>) health(context, "liftCircuitBreakersHealthIndicator").details()
                    .get("instances");
                assertThat(instances).hasSize(6).containsEntry("omitted", 25);
                assertThat(instances.keySet().iterator().next()).as("open breakers first").isEqualTo("op=op29");
            });
    }

    @Test
    void onlyLiftsBreakersAreShownTheGlobalOneUnderItsName() {
        this.contextRunner.withPropertyValues("lift.circuit-breaker.enabled=true").run((context) -> {
            context.getBean(CircuitBreakerRegistry.class).circuitBreaker("someone-elses").transitionToOpenState();
            LiftHealth health = health(context, "liftCircuitBreakersHealthIndicator");
            assertThat(health.status()).isEqualTo(LiftHealth.UP);
            assertThat(health.details()).containsEntry("breakers", 1);
            assertThat(health.details().get("instances")).asInstanceOf(MAP).containsOnlyKeys("global");
        });
    }

    @Test
    void aContributorCanBeSwitchedOffAndItsStateStaysForTheEndpoint() {
        this.contextRunner
            .withPropertyValues("lift.circuit-breaker.enabled=true", "management.health.lift-circuit-breakers.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("liftCircuitBreakersHealthIndicator")
                .hasSingleBean(CircuitBreakerStates.class));
    }

    @Test
    void backsOffWithoutActuator() {
        this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate.health", "org.springframework.boot.health"))
            .withPropertyValues("lift.circuit-breaker.enabled=true")
            .run((context) -> assertThat(context).doesNotHaveBean(CircuitBreakerStates.class));
    }

    @Test
    void aBadOpenStatusFailsAtStartUp() {
        this.contextRunner.withPropertyValues("lift.circuit-breaker.enabled=true", "lift.health.circuit-breakers.open-status= ")
            .run((context) -> assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.health.circuit-breakers.open-status"));
    }

    static LiftContext call(String tenant, String operation) {
        return LiftContext.builder("request", operation).tenantId(tenant).build();
    }

    static LiftHealth health(ApplicationContext context, String name) {
        return context.getBean(name, LiftHealthIndicator.class).health();
    }

}
