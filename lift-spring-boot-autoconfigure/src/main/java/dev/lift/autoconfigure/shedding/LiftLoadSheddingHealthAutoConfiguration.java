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

package dev.lift.autoconfigure.shedding;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.health.ConditionalOnEnabledHealthContributor;
import dev.lift.autoconfigure.health.ConditionalOnHealthSupport;
import dev.lift.autoconfigure.health.ConfiguredStatus;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import dev.lift.shedding.LoadSheddingFilter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Load shedding's state ({@link LoadSheddingState}: also the {@code lift} endpoint's view and a
 * readiness signal, hard shedding making the instance unready) and the {@code liftLoadShedding}
 * health contributor ({@code management.health.lift-load-shedding.enabled}).
 */
@AutoConfiguration(after = LiftLoadSheddingAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnHealthSupport
@ConditionalOnBean(LoadSheddingFilter.class)
@EnableConfigurationProperties(LiftLoadSheddingHealthProperties.class)
public class LiftLoadSheddingHealthAutoConfiguration {

    private static final String PREFIX = "lift.health.load-shedding.";

    @Bean
    @ConditionalOnMissingBean
    LoadSheddingState liftLoadSheddingState(LoadSheddingFilter filter, LiftLoadSheddingHealthProperties properties) {
        PropertyConstraints.atLeast(PREFIX + "min-calls", properties.getMinCalls(), 1);
        double hardShedRatio = PropertyConstraints.share(PREFIX + "hard-shed-ratio", properties.getHardShedRatio());
        return new LoadSheddingState(filter, PropertyConstraints.positive(PREFIX + "window", properties.getWindow(), "10s"),
                properties.getMinCalls(), hardShedRatio);
    }

    /**
     * {@code liftLoadShedding}: the configured shedding status while calls are being shed, {@code UP}
     * otherwise. Shedding protects the instance, so by default the status stays {@code UP}; hard
     * shedding takes the instance out of the readiness group instead ({@code liftReadiness}).
     */
    @Bean
    @ConditionalOnMissingBean(name = "liftLoadSheddingHealthIndicator")
    @ConditionalOnEnabledHealthContributor("lift-load-shedding")
    LiftHealthIndicator liftLoadSheddingHealthIndicator(LoadSheddingState liftLoadSheddingState,
            LiftLoadSheddingHealthProperties properties) {
        return LiftHealthIndicator.ofState(liftLoadSheddingState::now, LoadSheddingState.Snapshot::shedding,
                ConfiguredStatus.of(PREFIX + "shedding-status", properties.getSheddingStatus()),
                LoadSheddingState.Snapshot::toMap);
    }

}
