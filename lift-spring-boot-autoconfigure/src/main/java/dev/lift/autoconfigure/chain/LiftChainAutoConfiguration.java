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

package dev.lift.autoconfigure.chain;

import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.chain.ContextFilter;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftInvoker;
import dev.lift.lambda.ColdStart;
import dev.lift.priority.PriorityPolicy;
import dev.lift.tenancy.TenantPolicy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link LiftChain}: every {@link LiftFilter} bean, ordered by {@link LiftFilter#getOrder()}, and
 * the {@link LiftInvoker} the entry points (Lambda handler, servlet filter) run calls through.
 */
@AutoConfiguration(after = LiftTenancyAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LiftProperties.class)
public class LiftChainAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ContextFilter liftContextFilter() {
        return new ContextFilter();
    }

    @Bean
    @ConditionalOnMissingBean
    LiftChain liftChain(ObjectProvider<LiftFilter> filters) {
        return new LiftChain(filters.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    ColdStart liftColdStart() {
        return ColdStart.fromEnvironment();
    }

    @Bean
    @ConditionalOnMissingBean
    LiftInvoker liftInvoker(LiftChain liftChain, TenantPolicy liftTenantPolicy,
            ObjectProvider<PriorityPolicy> liftPriorityPolicy) {
        return new LiftInvoker(liftChain, liftTenantPolicy, liftPriorityPolicy.getIfAvailable());
    }

}
