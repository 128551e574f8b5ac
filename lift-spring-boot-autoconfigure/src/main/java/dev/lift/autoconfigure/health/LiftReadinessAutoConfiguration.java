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

package dev.lift.autoconfigure.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Lift in the readiness probe: the {@code liftReadiness} indicator ({@link LiftReadinessHealthIndicator}),
 * present when a pattern that can make the instance unready is configured (load shedding, a rate-limit
 * store). Its membership of the {@code readiness} group is added by the Spring Boot line's adapter
 * ({@code dev.lift.autoconfigure.line.ReadinessGroupMembership}).
 */
@AutoConfiguration(afterName = { "dev.lift.autoconfigure.shedding.LiftLoadSheddingHealthAutoConfiguration",
        "dev.lift.autoconfigure.ratelimit.LiftRateLimitHealthAutoConfiguration" })
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "lift.health.readiness.enabled", matchIfMissing = true)
@ConditionalOnHealthSupport
@ConditionalOnBean(ReadinessSignal.class)
@ConditionalOnEnabledHealthContributor("lift-readiness")
@EnableConfigurationProperties(LiftHealthProperties.class)
public class LiftReadinessAutoConfiguration {

    /** The bean name, which the adapters look for to add the readiness membership. */
    public static final String INDICATOR_BEAN = "liftReadinessHealthIndicator";

    /** The component's name in health and in the readiness group. */
    public static final String COMPONENT = "liftReadiness";

    @Bean(INDICATOR_BEAN)
    @ConditionalOnMissingBean(name = INDICATOR_BEAN)
    LiftReadinessHealthIndicator liftReadinessHealthIndicator(ObjectProvider<ReadinessSignal> signals) {
        return new LiftReadinessHealthIndicator(signals.orderedStream().toList());
    }

}
