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

import dev.lift.autoconfigure.health.CappedEntries;
import dev.lift.autoconfigure.health.ConditionalOnEnabledHealthContributor;
import dev.lift.autoconfigure.health.ConditionalOnHealthSupport;
import dev.lift.autoconfigure.health.ConfiguredStatus;
import dev.lift.autoconfigure.health.LiftHealthProperties;
import dev.lift.circuitbreaker.ScopedCircuitBreakers;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The circuit breakers' state ({@link CircuitBreakerStates}, also shown by the {@code lift}
 * endpoint) and the {@code liftCircuitBreakers} health contributor
 * ({@code management.health.lift-circuit-breakers.enabled}).
 */
@AutoConfiguration(after = LiftCircuitBreakerAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnHealthSupport
@ConditionalOnBean({ ScopedCircuitBreakers.class, CircuitBreakerRegistry.class })
@EnableConfigurationProperties({ LiftHealthProperties.class, LiftCircuitBreakerHealthProperties.class })
public class LiftCircuitBreakerHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CircuitBreakerStates liftCircuitBreakerStates(CircuitBreakerRegistry registry,
            ScopedCircuitBreakers liftCircuitBreakers, LiftHealthProperties health) {
        return new CircuitBreakerStates(registry, liftCircuitBreakers, CappedEntries.configuredMax(health));
    }

    @Bean
    @ConditionalOnMissingBean(name = "liftCircuitBreakersHealthIndicator")
    @ConditionalOnEnabledHealthContributor("lift-circuit-breakers")
    CircuitBreakersHealthIndicator liftCircuitBreakersHealthIndicator(CircuitBreakerStates liftCircuitBreakerStates,
            LiftCircuitBreakerHealthProperties properties, LiftHealthProperties health) {
        return new CircuitBreakersHealthIndicator(liftCircuitBreakerStates, properties.getCriticalOperations(),
                ConfiguredStatus.of("lift.health.circuit-breakers.open-status", properties.getOpenStatus()),
                health.isShowTenants());
    }

}
