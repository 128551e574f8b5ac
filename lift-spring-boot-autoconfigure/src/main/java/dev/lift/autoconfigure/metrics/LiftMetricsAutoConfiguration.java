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
import java.util.ArrayList;
import java.util.List;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyProperties;
import dev.lift.metrics.EmfMeterRegistry;
import dev.lift.metrics.MetricsFilter;
import dev.lift.metrics.TenantDimension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Per-invocation metrics ({@link MetricsFilter}) and, depending on {@code lift.metrics.exporter},
 * a registry that takes them to CloudWatch: Embedded Metric Format on standard output (the default
 * on Lambda) or the CloudWatch API. Runs before Spring Boot's metrics export auto-configurations so
 * that its registry joins Boot's composite registry when Actuator is present; a registry bean of the
 * same type defined by the application replaces Lift's.
 */
@AutoConfiguration(before = LiftChainAutoConfiguration.class, after = LiftTenancyAutoConfiguration.class,
        afterName = { "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration" },
        beforeName = { "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
                "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "lift.metrics.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LiftMetricsProperties.class)
@Import({ EmfExportConfiguration.class, CloudWatchExportConfiguration.class })
public class LiftMetricsAutoConfiguration {

    private static final int MAX_DIMENSIONS = 30;

    @Bean
    @ConditionalOnMissingBean
    MetricsFilter liftMetricsFilter(ObjectProvider<MeterRegistry> registries, ObjectProvider<EmfMeterRegistry> emf,
            ObjectProvider<LiftTenancyProperties> tenancy, LiftMetricsProperties properties, Environment environment) {
        // Checked wherever the application starts, not only where an exporter reads them (on Lambda):
        // a bad value must not pass a local start and fail the first deployment.
        dimensions(properties);
        EmfMeterSelection.of(properties.getInclude());
        step(properties);
        namespace(properties);
        // Actuator's composite when present; else the only registry; else EMF; else Micrometer's global one.
        MeterRegistry registry = registries.getIfUnique(() -> {
            EmfMeterRegistry own = emf.getIfAvailable();
            return (own != null) ? own : Metrics.globalRegistry;
        });
        TenantDimension tenants = null;
        if (properties.isTenantDimension()) {
            LiftTenancyProperties bound = tenancy.getIfAvailable(LiftTenancyProperties::new);
            tenants = new TenantDimension(registry, bound.getMaxTrackedTenants(), bound.getTrackedTenantIdleExpiry());
        }
        EmfMeterRegistry flushed = OnMetricsExporterCondition.onLambda(environment) ? emf.getIfAvailable() : null;
        // On Lambda the environment may freeze right after the response: flush at the end of each invocation.
        Runnable afterInvocation = (flushed != null) ? flushed::flush : () -> {
        };
        return new MetricsFilter(registry, tenants, afterInvocation);
    }

    /**
     * The configured dimensions as common tags, validated.
     * @param properties the properties
     * @return the tags
     */
    static List<Tag> dimensions(LiftMetricsProperties properties) {
        PropertyConstraints.require(properties.getDimensions().size() <= MAX_DIMENSIONS, "lift.metrics.dimensions",
                properties.getDimensions().keySet(), "at most 30 dimensions (CloudWatch's limit)");
        List<Tag> tags = new ArrayList<>();
        properties.getDimensions().forEach((name, value) -> {
            PropertyConstraints.text("lift.metrics.dimensions." + name, value, "a non-blank value");
            tags.add(Tag.of(name, value));
        });
        return tags;
    }

    /**
     * The publishing step, validated.
     * @param properties the properties
     * @return the step
     */
    static Duration step(LiftMetricsProperties properties) {
        return PropertyConstraints.positive("lift.metrics.step", properties.getStep(), "1m");
    }

    /**
     * The namespace, validated.
     * @param properties the properties
     * @return the namespace
     */
    static String namespace(LiftMetricsProperties properties) {
        String namespace = properties.getNamespace();
        PropertyConstraints.require(
                StringUtils.hasText(namespace) && namespace.length() <= 255 && !namespace.startsWith("AWS/"),
                "lift.metrics.namespace", namespace, "1 to 255 characters, not starting with AWS/");
        return namespace;
    }

}
