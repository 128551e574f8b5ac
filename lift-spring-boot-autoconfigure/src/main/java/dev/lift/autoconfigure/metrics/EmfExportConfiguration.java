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

package dev.lift.autoconfigure.metrics;

import dev.lift.autoconfigure.metrics.LiftMetricsProperties.Exporter;
import dev.lift.lambda.LambdaEnvironment;
import dev.lift.metrics.EmfMeterRegistry;
import io.micrometer.core.instrument.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Lift's {@link EmfMeterRegistry}, when the exporter is {@code emf}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMetricsExporter(Exporter.EMF)
class EmfExportConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EmfMeterRegistry liftEmfMeterRegistry(LiftMetricsProperties properties, ObjectProvider<Clock> clock,
            Environment environment) {
        // Under Lambda's JSON log format a level above INFO would drop the documents: they carry one it keeps.
        String logLevel = LambdaEnvironment.levelKeptAboveInfo(environment::getProperty);
        EmfMeterRegistry registry = new EmfMeterRegistry(LiftMetricsAutoConfiguration.namespace(properties),
                clock.getIfAvailable(() -> Clock.SYSTEM), EmfMeterRegistry.standardOutput(),
                LiftMetricsAutoConfiguration.step(properties), logLevel);
        // Before any meter registers: a filter added later would not reach the meters already there.
        registry.config().meterFilter(EmfMeterSelection.of(properties.getInclude()));
        registry.config().commonTags(LiftMetricsAutoConfiguration.dimensions(properties));
        return registry;
    }

    /** Outside Lambda no invocation end flushes the registry, so a schedule does. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(NotOnLambdaCondition.class)
    EmfFlushSchedule liftEmfFlushSchedule(EmfMeterRegistry registry, LiftMetricsProperties properties) {
        return new EmfFlushSchedule(registry, LiftMetricsAutoConfiguration.step(properties));
    }

}
