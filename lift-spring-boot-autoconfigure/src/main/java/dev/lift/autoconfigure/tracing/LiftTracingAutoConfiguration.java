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

import java.net.InetSocketAddress;
import java.util.Locale;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.error.LiftConfigurationException;
import dev.lift.tracing.RetrySpanEvents;
import dev.lift.tracing.TracingFilter;
import dev.lift.tracing.XRayDaemonAddress;
import dev.lift.tracing.XRayExporterMetrics;
import dev.lift.tracing.XRayFormat;
import dev.lift.tracing.XRayIdGenerator;
import dev.lift.tracing.XRaySpanProcessor;
import dev.lift.tracing.XRayUdpSpanExporter;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.contrib.awsxray.propagator.AwsXrayPropagator;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.opentelemetry.sdk.trace.SdkTracerProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Tracing for Lift invocations on Micrometer Tracing's OpenTelemetry bridge, as Spring Boot sets it
 * up: X-Ray trace ids ({@link XRayIdGenerator}) and {@code X-Amzn-Trace-Id} propagation
 * ({@link AwsXrayPropagator}) for Boot's SDK, a span per invocation ({@link TracingFilter}), retry
 * events, and, on Lambda or with {@code lift.tracing.exporter=xray}, export to the X-Ray daemon.
 * Every bean gives way to the user's own.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration" })
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "lift.tracing.enabled", matchIfMissing = true)
@ConditionalOnClass({ Tracer.class, OtelTracer.class, SdkTracerProvider.class, AwsXrayPropagator.class })
@EnableConfigurationProperties(LiftTracingProperties.class)
@Import({ LiftTracingAutoConfiguration.XRayIdsAndPropagation.class,
        LiftTracingAutoConfiguration.InvocationSpans.class, LiftTracingAutoConfiguration.XRayDaemonExport.class })
public class LiftTracingAutoConfiguration {

    /**
     * X-Ray trace ids and propagation for the OpenTelemetry SDK that Spring Boot builds. The id
     * generator reaches Boot's SDK through each line's {@code SdkTracerProviderBuilderCustomizer}
     * (the {@code liftIdGeneratorCustomizer} bean of Lift's Spring Boot 3 and 4 modules).
     */
    @Configuration(proxyBeanMethods = false)
    static class XRayIdsAndPropagation {

        @Bean
        @ConditionalOnMissingBean
        IdGenerator liftXRayIdGenerator() {
            return XRayIdGenerator.getInstance();
        }

        /** Joins Spring Boot's W3C / B3 propagators: incoming headers of either kind are understood. */
        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnTracingExport
        AwsXrayPropagator liftXRayPropagator() {
            return AwsXrayPropagator.getInstance();
        }

    }

    /** The span of every invocation, and its retry events. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({ Tracer.class, io.opentelemetry.api.trace.Tracer.class, ContextPropagators.class })
    static class InvocationSpans {

        /**
         * The filter makes its span with the OpenTelemetry tracer and propagators that Micrometer
         * Tracing's bridge uses, and makes sampled spans current through the bridge.
         */
        @Bean
        @ConditionalOnMissingBean
        TracingFilter liftTracingFilter(Tracer tracer, io.opentelemetry.api.trace.Tracer otelTracer,
                ContextPropagators propagators, LiftTracingProperties properties) {
            return new TracingFilter(tracer, otelTracer, propagators.getTextMapPropagator(),
                    properties.isTenantAnnotation());
        }

        @Bean
        @ConditionalOnMissingBean
        RetrySpanEvents liftRetrySpanEvents(Tracer tracer, ObjectProvider<RetryRegistry> retryRegistries) {
            RetrySpanEvents events = new RetrySpanEvents(tracer);
            retryRegistries.orderedStream().forEach(events::bindTo);
            return events;
        }

    }

    /**
     * Sends spans to the X-Ray daemon as they end, as segment documents or OTLP spans
     * (lift.tracing.xray.format): from a background thread outside Lambda, from the ending thread on
     * Lambda (lift.tracing.xray.async).
     */
    @Configuration(proxyBeanMethods = false)
    @Conditional(OnXRayExporterCondition.class)
    @ConditionalOnTracingExport
    static class XRayDaemonExport {

        private static final String DAEMON_ADDRESS_PROPERTY = "lift.tracing.xray.daemon-address";

        private static final String MAX_QUEUE_SIZE_PROPERTY = "lift.tracing.xray.max-queue-size";

        private static final String FORMAT_PROPERTY = "lift.tracing.xray.format";

        @Bean
        @ConditionalOnMissingBean
        XRaySpanProcessor liftXRaySpanProcessor(LiftTracingProperties properties, Environment environment,
                ResourceLoader resourceLoader) {
            String address = properties.getXray().getDaemonAddress();
            if (address == null) {
                address = environment.getProperty(XRayDaemonAddress.ENVIRONMENT_VARIABLE);
            }
            InetSocketAddress daemon = XRayDaemonAddress.parse(DAEMON_ADDRESS_PROPERTY, address);
            int maxQueueSize = properties.getXray().getMaxQueueSize();
            PropertyConstraints.atLeast(MAX_QUEUE_SIZE_PROPERTY, maxQueueSize, 1);
            XRayFormat format = properties.getXray().getFormat();
            if (!format.isAvailable(resourceLoader.getClassLoader())) {
                throw new LiftConfigurationException(FORMAT_PROPERTY, format.name().toLowerCase(Locale.ROOT),
                        "segment, or otlp with io.opentelemetry:opentelemetry-exporter-otlp-common on the class path");
            }
            boolean lambda = environment.containsProperty(OnXRayExporterCondition.LAMBDA_FUNCTION_NAME);
            XRayUdpSpanExporter exporter = XRayUdpSpanExporter.builder()
                .daemonAddress(daemon)
                .lambda(lambda)
                .format(format)
                .annotationKeys(properties.getXray().getAnnotations())
                .build();
            Boolean async = properties.getXray().getAsync();
            if ((async != null) ? async : !lambda) {
                return XRaySpanProcessor.background(exporter, maxQueueSize);
            }
            return new XRaySpanProcessor(exporter);
        }

        @Bean
        @ConditionalOnMissingBean
        XRayExporterMetrics liftXRayExporterMetrics(XRaySpanProcessor liftXRaySpanProcessor) {
            return new XRayExporterMetrics(liftXRaySpanProcessor.exporter());
        }

    }

}
