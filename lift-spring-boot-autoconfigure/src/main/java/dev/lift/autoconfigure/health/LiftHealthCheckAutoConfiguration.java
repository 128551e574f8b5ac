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

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.lift.health.HealthCheckSchedule;
import dev.lift.health.LiftHealthCheck;
import dev.lift.health.ScheduledHealthChecks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Background dependency checks: every {@link LiftHealthCheck} bean runs on a schedule with its own
 * timeout and circuit breaker ({@link ScheduledHealthChecks}), and health shows the last results as
 * the {@code liftChecks} contributor, one entry per check.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnHealthSupport
@ConditionalOnBean(LiftHealthCheck.class)
@ConditionalOnEnabledHealthContributor("lift-checks")
@EnableConfigurationProperties(LiftHealthProperties.class)
public class LiftHealthCheckAutoConfiguration {

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnMissingBean
    ScheduledHealthChecks liftScheduledHealthChecks(ObjectProvider<LiftHealthCheck> checks,
            LiftHealthProperties properties) {
        HealthCheckSchedule schedule = ConfiguredSchedule.of(properties.getChecks());
        return new ScheduledHealthChecks(checks.orderedStream().toList(), (name) -> schedule, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(name = { "liftChecksHealthIndicator", "liftChecksHealthContributor" })
    LiftCompositeHealthContributor liftChecksHealthIndicator(ScheduledHealthChecks liftScheduledHealthChecks,
            LiftHealthProperties properties) {
        String downStatus = ConfiguredStatus.of("lift.health.checks.down-status", properties.getChecks().getDownStatus());
        Map<String, LiftHealthIndicator> indicators = new LinkedHashMap<>();
        for (String name : liftScheduledHealthChecks.names()) {
            indicators.put(name, new HealthCheckHealthIndicator(liftScheduledHealthChecks, name, downStatus));
        }
        return new LiftCompositeHealthContributor(indicators);
    }

}
