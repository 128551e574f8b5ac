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

package dev.lift.autoconfigure.ratelimit;

import java.util.Locale;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.health.ConditionalOnEnabledHealthContributor;
import dev.lift.autoconfigure.health.ConditionalOnHealthSupport;
import dev.lift.autoconfigure.health.ConfiguredSchedule;
import dev.lift.autoconfigure.health.ConfiguredStatus;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import dev.lift.autoconfigure.health.LiftHealthProperties;
import dev.lift.ratelimit.FailurePolicy;
import dev.lift.ratelimit.RateLimitFilter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The rate-limit store's state ({@link RateLimitStoreState}: also the {@code lift} endpoint's view
 * and a readiness signal, a fail-closed store that is down making the instance unready), the
 * background check of a DynamoDB store, and the {@code liftRateLimitStore} health contributor
 * ({@code management.health.lift-rate-limit-store.enabled}).
 */
@AutoConfiguration(after = LiftRateLimitAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnHealthSupport
@ConditionalOnBean({ RateLimitFilter.class, LiftRateLimitProperties.class })
@EnableConfigurationProperties({ LiftHealthProperties.class, LiftRateLimitStoreHealthProperties.class })
@Import(LiftRateLimitHealthAutoConfiguration.DynamoDbStoreProbe.class)
public class LiftRateLimitHealthAutoConfiguration {

    private static final String PREFIX = "lift.health.rate-limit-store.";

    @Bean
    @ConditionalOnMissingBean
    RateLimitStoreState liftRateLimitStoreState(RateLimitFilter filter, LiftRateLimitProperties rateLimit,
            LiftRateLimitStoreHealthProperties properties, ObjectProvider<RateLimitStoreProbe> probe) {
        PropertyConstraints.atLeast(PREFIX + "min-calls", properties.getMinCalls(), 1);
        return new RateLimitStoreState(filter, rateLimit.getStore().name().toLowerCase(Locale.ROOT),
                rateLimit.getFailurePolicy(), probe.getIfAvailable(),
                PropertyConstraints.positive(PREFIX + "window", properties.getWindow(), "10s"), properties.getMinCalls());
    }

    /**
     * {@code liftRateLimitStore}: {@code UP} while the store answers; while it is down, the configured
     * down status for a fail-closed store (every call is refused, default {@code DOWN}) or the fail-open
     * down status (calls run unlimited, default {@code UP}).
     */
    @Bean
    @ConditionalOnMissingBean(name = "liftRateLimitStoreHealthIndicator")
    @ConditionalOnEnabledHealthContributor("lift-rate-limit-store")
    LiftHealthIndicator liftRateLimitStoreHealthIndicator(RateLimitStoreState liftRateLimitStoreState,
            LiftRateLimitStoreHealthProperties properties) {
        String downStatus = ConfiguredStatus.of(PREFIX + "down-status", properties.getDownStatus());
        String failOpenDownStatus = ConfiguredStatus.of(PREFIX + "fail-open-down-status",
                properties.getFailOpenDownStatus());
        boolean failClosed = liftRateLimitStoreState.failurePolicy() == FailurePolicy.FAIL_CLOSED;
        return LiftHealthIndicator.ofState(() -> liftRateLimitStoreState, RateLimitStoreState::down,
                failClosed ? downStatus : failOpenDownStatus, (state) -> state.describe(false));
    }

    /** The background check of a DynamoDB store, on the schedule of {@code lift.health.checks.*}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(DynamoDbClient.class)
    @ConditionalOnBean(DynamoDbClient.class)
    @ConditionalOnProperty(name = "lift.rate-limit.store", havingValue = "dynamodb")
    static class DynamoDbStoreProbe {

        @Bean(initMethod = "start", destroyMethod = "close")
        @ConditionalOnMissingBean
        RateLimitStoreProbe liftRateLimitStoreProbe(DynamoDbClient client, LiftRateLimitProperties rateLimit,
                LiftHealthProperties health) {
            return new RateLimitStoreProbe(new DynamoDbTableCheck(client, rateLimit.getDynamodb().getTableName(),
                    health.getChecks().getTimeout()), ConfiguredSchedule.of(health.getChecks()));
        }

    }

}
