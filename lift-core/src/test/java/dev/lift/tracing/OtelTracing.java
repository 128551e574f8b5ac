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
