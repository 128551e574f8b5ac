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

package dev.lift.autoconfigure.bulkhead;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.health.CappedEntries;
import dev.lift.autoconfigure.health.ConditionalOnEnabledHealthContributor;
import dev.lift.autoconfigure.health.ConditionalOnHealthSupport;
import dev.lift.autoconfigure.health.ConfiguredStatus;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import dev.lift.autoconfigure.health.LiftHealthProperties;
import dev.lift.bulkhead.LiftBulkhead;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The bulkhead's state ({@link BulkheadStates}, also shown by the {@code lift} endpoint) and the
 * {@code liftBulkheads} health contributor ({@code management.health.lift-bulkheads.enabled}).
 */
@AutoConfiguration(after = LiftBulkheadAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnHealthSupport
@ConditionalOnBean(LiftBulkhead.class)
@EnableConfigurationProperties({ LiftHealthProperties.class, LiftBulkheadHealthProperties.class })
public class LiftBulkheadHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    BulkheadStates liftBulkheadStates(LiftBulkhead bulkhead, LiftHealthProperties health) {
        return new BulkheadStates(bulkhead, CappedEntries.configuredMax(health));
    }

    /**
     * {@code liftBulkheads}: the configured saturated status while a global or per-operation pool is at
     * or above the saturation threshold, {@code UP} otherwise. A full bulkhead is back-pressure doing its
     * job, so by default the status stays {@code UP} and the details show the saturation.
     */
    @Bean
    @ConditionalOnMissingBean(name = "liftBulkheadsHealthIndicator")
    @ConditionalOnEnabledHealthContributor("lift-bulkheads")
    LiftHealthIndicator liftBulkheadsHealthIndicator(BulkheadStates liftBulkheadStates,
            LiftBulkheadHealthProperties properties, LiftHealthProperties health) {
        double threshold = PropertyConstraints.share("lift.health.bulkheads.saturation-threshold",
                properties.getSaturationThreshold());
        boolean showTenants = health.isShowTenants();
        return LiftHealthIndicator.ofState(liftBulkheadStates::pools,
                (pools) -> BulkheadStates.saturated(pools, threshold),
                ConfiguredStatus.of("lift.health.bulkheads.saturated-status", properties.getSaturatedStatus()),
                (pools) -> liftBulkheadStates.describe(pools, showTenants));
    }

}
