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
import java.util.LinkedHashMap;
import java.util.Map;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.resilience.PatternOverrides;
import dev.lift.instances.InstanceKey;
import dev.lift.timeout.LiftTimeoutCalculator;
import dev.lift.timeout.OperationTimeoutCalculator;
import dev.lift.timeout.TenantTimeoutCalculator;
import dev.lift.timeout.TimeoutFilter;
import dev.lift.timeout.TimeoutScheduler;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Lift's timeout ({@code lift.timeout.enabled=true}): the {@link TimeoutFilter} that interrupts calls
 * running past the {@link LiftTimeoutCalculator}'s timeout or the invocation deadline minus the safety
 * margin, and the one {@link TimeoutScheduler} thread that delivers those interrupts. Declare a
 * {@link LiftTimeoutCalculator} bean to compute timeouts another way; the deadline cap stays.
 */
@AutoConfiguration(before = LiftChainAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty("lift.timeout.enabled")
@EnableConfigurationProperties(LiftTimeoutProperties.class)
public class LiftTimeoutAutoConfiguration {

    private static final String PREFIX = "lift.timeout.";

    @Bean
    @ConditionalOnMissingBean
    LiftTimeoutCalculator liftTimeoutCalculator(LiftTimeoutProperties properties) {
        PatternOverrides<TimeoutSettings> overrides = new PatternOverrides<>("lift.timeout", properties.getPreset(),
                new TimeoutSettings(properties.getDefaultTimeout()), Map.of("timeout", "default-timeout"),
                properties.getOperations(), properties.getTenants());
        overrides.allLayers()
            .forEach((layer) -> PropertyConstraints.notNegativeIfSet(layer.property("timeout"), layer.settings().timeout(),
                    "500ms (0 for no timeout of its own)"));
        Map<String, Duration> operationTimeouts = new LinkedHashMap<>();
        properties.getOperations().keySet().forEach((operation) -> operationTimeouts.put(operation,
                overrides.setting(new InstanceKey(null, operation), "timeout", TimeoutSettings::timeout).value()));
        LiftTimeoutCalculator calculator = new OperationTimeoutCalculator(
                overrides.setting(InstanceKey.GLOBAL, "timeout", TimeoutSettings::timeout).value(), operationTimeouts);
        Map<String, Duration> tenantTimeouts = new LinkedHashMap<>();
        properties.getTenants().forEach((tenant, settings) -> {
            if (settings.timeout() != null) {
                tenantTimeouts.put(tenant, settings.timeout());
            }
        });
        // Without tenant timeouts, calls take the operation lookup alone.
        return tenantTimeouts.isEmpty() ? calculator : new TenantTimeoutCalculator(tenantTimeouts, calculator);
    }

    @Bean
    @ConditionalOnMissingBean
    TimeoutScheduler liftTimeoutScheduler() {
        return new TimeoutScheduler();
    }

    @Bean
    @ConditionalOnMissingBean
    TimeoutFilter liftTimeoutFilter(LiftTimeoutCalculator liftTimeoutCalculator, LiftTimeoutProperties properties,
            TimeoutScheduler liftTimeoutScheduler) {
        return new TimeoutFilter(liftTimeoutCalculator,
                PropertyConstraints.notNegative(PREFIX + "lambda-safety-margin", properties.getLambdaSafetyMargin(), "250ms"),
                liftTimeoutScheduler);
    }

}
