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

import java.time.Duration;

import dev.lift.autoconfigure.metrics.LiftMetricsProperties.Exporter;
import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link CloudWatchMeterRegistry} publishing through the CloudWatch API every step, for
 * long-running applications, when the exporter is {@code cloudwatch} and
 * micrometer-registry-cloudwatch2 is on the class path.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({ CloudWatchMeterRegistry.class, CloudWatchAsyncClient.class })
@ConditionalOnMetricsExporter(Exporter.CLOUDWATCH)
class CloudWatchExportConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CloudWatchAsyncClient liftCloudWatchAsyncClient() {
        return CloudWatchAsyncClient.create();
    }

    @Bean
    @ConditionalOnMissingBean
    CloudWatchMeterRegistry liftCloudWatchMeterRegistry(LiftMetricsProperties properties,
            CloudWatchAsyncClient liftCloudWatchAsyncClient, ObjectProvider<Clock> clock) {
        String namespace = LiftMetricsAutoConfiguration.namespace(properties);
        Duration step = LiftMetricsAutoConfiguration.step(properties);
        CloudWatchConfig config = new CloudWatchConfig() {

            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public String namespace() {
                return namespace;
            }

            @Override
            public Duration step() {
                return step;
            }

        };
        CloudWatchMeterRegistry registry = new CloudWatchMeterRegistry(config, clock.getIfAvailable(() -> Clock.SYSTEM),
                liftCloudWatchAsyncClient);
        registry.config().commonTags(LiftMetricsAutoConfiguration.dimensions(properties));
        return registry;
    }

}
