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

import java.time.Duration;

import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.resilience.PatternOverrides;
import dev.lift.autoconfigure.tenancy.LiftTenancyProperties;
import dev.lift.autoconfigure.tenancy.TenancyBounds;
import dev.lift.retry.LiftRetryFilter;
import dev.lift.retry.RetryBudget;
import dev.lift.retry.RetryListener;
import dev.lift.retry.RetryStatistics;
import dev.lift.retry.ScopedRetries;

/**
 * Auto-configuration of Lift's retry: a {@link LiftRetryFilter} over retry instances kept per tenant
 * and operation in resilience4j's {@link RetryRegistry}. Runs after resilience4j-spring-boot3's
 * auto-configuration and uses its registry; without it, Lift creates a registry of its own and binds
 * resilience4j's Micrometer metrics to it. Every {@link RetryListener} bean (a tracing integration,
 * say) is told about retries.
 */
@AutoConfiguration(afterName = { "io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration",
        "io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration" })
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty("lift.retry.enabled")
@ConditionalOnClass(RetryRegistry.class)
// The tenancy properties bound the instances; registering them again is harmless when tenancy did.
@EnableConfigurationProperties({ LiftRetryProperties.class, LiftTenancyProperties.class })
@Import(LiftRetryAutoConfiguration.OwnRegistryConfiguration.class)
public class LiftRetryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ScopedRetries liftRetries(LiftRetryProperties properties, RetryRegistry registry, LiftTenancyProperties tenancy,
            BeanFactory beanFactory, ObjectProvider<RetryListener> listeners) {
        PropertyConstraints.atLeast("lift.retry.safety-margin", properties.getSafetyMargin(), Duration.ZERO);
        PatternOverrides<RetrySettings> overrides = new PatternOverrides<>("lift.retry", properties.getPreset(),
                properties, properties.getOperations(), properties.getTenants());
        LiftRetryProperties.Budget budget = properties.getBudget();
        RetryBudget.Settings budgetSettings = budget.isEnabled()
                ? new RetryBudget.Settings(budget.getPercent(), budget.getMinRetriesPerSecond(), budget.getWindow()) : null;
        TenancyBounds bounds = TenancyBounds.of(tenancy);
        return new ScopedRetries(registry, overrides.keys(properties.getScope()), bounds.maxTrackedTenants(),
                bounds.idleExpiry(), new RetryPolicies(overrides, registry, beanFactory, budgetSettings),
                properties.getSafetyMargin(), RetryListener.of(listeners.orderedStream().toList()));
    }

    @Bean
    @ConditionalOnMissingBean
    LiftRetryFilter liftRetryFilter(ScopedRetries liftRetries) {
        return new LiftRetryFilter(liftRetries);
    }

    // A MeterBinder: Spring Boot binds it to every MeterRegistry there is.
    @Bean
    @ConditionalOnMissingBean
    RetryStatistics liftRetryStatistics(ScopedRetries liftRetries) {
        return liftRetries.statistics();
    }

    /**
     * A registry of Lift's own when the application has none (no resilience4j-spring-boot3), with
     * resilience4j's Micrometer binder so that retry instances show as meters and evicted ones leave none.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(RetryRegistry.class)
    static class OwnRegistryConfiguration {

        @Bean
        @ConditionalOnMissingBean
        RetryRegistry retryRegistry() {
            return RetryRegistry.ofDefaults();
        }

        @Bean
        @ConditionalOnMissingBean
        TaggedRetryMetrics liftRetryMetrics(RetryRegistry retryRegistry) {
            return TaggedRetryMetrics.ofRetryRegistry(retryRegistry);
        }

    }

}
