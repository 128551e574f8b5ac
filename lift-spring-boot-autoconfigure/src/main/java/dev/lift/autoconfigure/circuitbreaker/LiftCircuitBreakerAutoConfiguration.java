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

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import dev.lift.autoconfigure.resilience.PatternOverrides;
import dev.lift.autoconfigure.tenancy.TenancyBounds;
import dev.lift.autoconfigure.tenancy.LiftTenancyProperties;
import dev.lift.circuitbreaker.CircuitBreakerMeters;
import dev.lift.circuitbreaker.LiftCircuitBreakerFilter;
import dev.lift.circuitbreaker.ScopedCircuitBreakers;

/**
 * Auto-configuration of Lift's circuit breaker: a {@link LiftCircuitBreakerFilter} over breakers kept
 * per tenant and operation in resilience4j's {@link CircuitBreakerRegistry}. Runs after
 * resilience4j-spring-boot3's auto-configuration and uses its registry (so its actuator endpoints,
 * health and metrics see Lift's breakers); without it, Lift creates a registry of its own and gives
 * its breakers resilience4j's gauges and counters ({@link CircuitBreakerMeters}).
 */
@AutoConfiguration(afterName = { "io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
        "io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration" })
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty("lift.circuit-breaker.enabled")
@ConditionalOnClass(CircuitBreakerRegistry.class)
// The tenancy properties bound the instances; registering them again is harmless when tenancy did.
@EnableConfigurationProperties({ LiftCircuitBreakerProperties.class, LiftTenancyProperties.class })
@Import(LiftCircuitBreakerAutoConfiguration.OwnRegistryConfiguration.class)
public class LiftCircuitBreakerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ScopedCircuitBreakers liftCircuitBreakers(LiftCircuitBreakerProperties properties, CircuitBreakerRegistry registry,
            LiftTenancyProperties tenancy, BeanFactory beanFactory, ApplicationEventPublisher events) {
        PatternOverrides<CircuitBreakerSettings> overrides = new PatternOverrides<>("lift.circuit-breaker",
                properties.getPreset(), properties, properties.getOperations(), properties.getTenants());
        TenancyBounds bounds = TenancyBounds.of(tenancy);
        return new ScopedCircuitBreakers(registry, overrides.keys(properties.effectiveScope()),
                bounds.maxTrackedTenants(), bounds.idleExpiry(),
                new CircuitBreakerPolicies(overrides, registry, beanFactory), (instanceName, key, from, to) -> events
                    .publishEvent(new LiftCircuitBreakerStateChangedEvent(instanceName, key, from, to)));
    }

    @Bean
    @ConditionalOnMissingBean
    LiftCircuitBreakerFilter liftCircuitBreakerFilter(ScopedCircuitBreakers liftCircuitBreakers) {
        return new LiftCircuitBreakerFilter(liftCircuitBreakers);
    }

    /**
     * A registry of Lift's own when the application has none (no resilience4j-spring-boot3), with
     * meters under resilience4j's names, so that breakers show as meters and evicted ones leave none.
     * Not resilience4j's own binder: its per-call timer makes every call create an event.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(CircuitBreakerRegistry.class)
    static class OwnRegistryConfiguration {

        @Bean
        @ConditionalOnMissingBean
        CircuitBreakerRegistry circuitBreakerRegistry() {
            return CircuitBreakerRegistry.ofDefaults();
        }

        // A MeterBinder: Spring Boot binds it to every MeterRegistry there is.
        @Bean
        @ConditionalOnMissingBean
        CircuitBreakerMeters liftCircuitBreakerMetrics(CircuitBreakerRegistry circuitBreakerRegistry) {
            return new CircuitBreakerMeters(circuitBreakerRegistry);
        }

    }

}
