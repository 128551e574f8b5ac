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

package dev.lift.autoconfigure.endpoint;

import dev.lift.autoconfigure.bulkhead.LiftBulkheadHealthAutoConfiguration;
import dev.lift.autoconfigure.circuitbreaker.LiftCircuitBreakerHealthAutoConfiguration;
import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.health.LiftHealthCheckAutoConfiguration;
import dev.lift.autoconfigure.health.LiftPatternState;
import dev.lift.autoconfigure.ratelimit.LiftRateLimitHealthAutoConfiguration;
import dev.lift.autoconfigure.shedding.LiftLoadSheddingHealthAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.autoconfigure.tracing.LiftTracingHealthAutoConfiguration;
import dev.lift.chain.LiftChain;
import dev.lift.health.ScheduledHealthChecks;
import dev.lift.tenancy.LiftTenantResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The {@code lift} actuator endpoint ({@link LiftEndpoint}). Available like any endpoint: to reach it
 * over HTTP, add {@code lift} to {@code management.endpoints.web.exposure.include}.
 */
@AutoConfiguration(after = { LiftChainAutoConfiguration.class, LiftTenancyAutoConfiguration.class,
        LiftHealthCheckAutoConfiguration.class, LiftBulkheadHealthAutoConfiguration.class,
        LiftCircuitBreakerHealthAutoConfiguration.class, LiftRateLimitHealthAutoConfiguration.class,
        LiftLoadSheddingHealthAutoConfiguration.class, LiftTracingHealthAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean(LiftChain.class)
@ConditionalOnAvailableEndpoint(LiftEndpoint.class)
@EnableConfigurationProperties(LiftEndpointProperties.class)
public class LiftEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LiftEndpoint liftEndpoint(ApplicationContext context, LiftChain liftChain, ObjectProvider<LiftPatternState> states,
            ObjectProvider<ScheduledHealthChecks> checks, ObjectProvider<LiftTenantResolver> tenantResolver,
            LiftEndpointProperties properties) {
        return new LiftEndpoint(context, liftChain, states, checks, tenantResolver, properties);
    }

}
