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

package dev.lift.tracing;

import java.util.List;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.contrib.awsxray.propagator.AwsXrayPropagator;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * Micrometer Tracing over the OpenTelemetry SDK, wired as Spring Boot wires it, with X-Ray ids and
 * propagation, exporting through an {@link XRaySpanProcessor}.
 */
final class OtelTracing implements AutoCloseable {

    static final String SERVICE = "orders-service";

    private final SdkTracerProvider provider;

    private final OtelTracer tracer;

    private final io.opentelemetry.api.trace.Tracer otelTracer;

    private final TextMapPropagator textMapPropagator;

    OtelTracing(XRayUdpSpanExporter exporter) {
        this(exporter, true);
    }

    OtelTracing(XRayUdpSpanExporter exporter, boolean xrayIds) {
        this(new XRaySpanProcessor(exporter), xrayIds);
    }

    OtelTracing(XRaySpanProcessor processor) {
        this(processor, true);
    }

    private OtelTracing(XRaySpanProcessor processor, boolean xrayIds) {
        this.provider = SdkTracerProvider.builder()
            .setIdGenerator(xrayIds ? XRayIdGenerator.getInstance() : IdGenerator.random())
            .setSampler(Sampler.parentBased(Sampler.alwaysOn()))
            .setResource(Resource.getDefault()
                .merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), SERVICE))))
            .addSpanProcessor(processor)
            .build();
        io.opentelemetry.api.trace.Tracer otelTracer = this.provider.get("lift-test");
        this.otelTracer = otelTracer;
        this.textMapPropagator = AwsXrayPropagator.getInstance();
        OtelCurrentTraceContext currentTraceContext = new OtelCurrentTraceContext();
        this.tracer = new OtelTracer(otelTracer, currentTraceContext, (event) -> {
        }, new OtelBaggageManager(currentTraceContext, List.of(), List.of()));
    }

    Tracer tracer() {
        return this.tracer;
    }

    /** A tracing filter on this tracer, as auto-configuration makes it. */
    TracingFilter filter(boolean tagTenant) {
        return new TracingFilter(this.tracer, this.otelTracer, this.textMapPropagator, tagTenant);
    }

    @Override
    public void close() {
        this.provider.close();
    }

}
