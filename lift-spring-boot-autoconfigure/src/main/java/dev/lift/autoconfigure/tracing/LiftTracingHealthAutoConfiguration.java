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

package dev.lift.autoconfigure.tracing;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.health.ConditionalOnEnabledHealthContributor;
import dev.lift.autoconfigure.health.ConditionalOnHealthSupport;
import dev.lift.autoconfigure.health.ConfiguredStatus;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import dev.lift.tracing.XRaySpanProcessor;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The trace exporter's state ({@link TraceExporterState}, also shown by the {@code lift} endpoint)
 * and the {@code liftTracing} health contributor ({@code management.health.lift-tracing.enabled}).
 */
@AutoConfiguration(after = LiftTracingAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnHealthSupport
@ConditionalOnClass(XRaySpanProcessor.class)
@ConditionalOnBean(XRaySpanProcessor.class)
@EnableConfigurationProperties(LiftTracingHealthProperties.class)
public class LiftTracingHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TraceExporterState liftTraceExporterState(XRaySpanProcessor processor, LiftTracingHealthProperties properties) {
        return new TraceExporterState(processor.exporter(),
                PropertyConstraints.positive("lift.health.tracing.window", properties.getWindow(), "1m"));
    }

    /**
     * {@code liftTracing}: the configured dropping status while spans were dropped recently,
     * {@code UP} otherwise. An unreachable daemon never fails a call, so by default it never changes
     * the status either; the details show the drops.
     */
    @Bean
    @ConditionalOnMissingBean(name = "liftTracingHealthIndicator")
    @ConditionalOnEnabledHealthContributor("lift-tracing")
    LiftHealthIndicator liftTracingHealthIndicator(TraceExporterState liftTraceExporterState,
            LiftTracingHealthProperties properties) {
        return LiftHealthIndicator.ofState(liftTraceExporterState::now, (now) -> now.recentDropped() > 0,
                ConfiguredStatus.of("lift.health.tracing.dropping-status", properties.getDroppingStatus()),
                TraceExporterState.Snapshot::toMap);
    }

}
