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

package dev.lift.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.contrib.awsxray.propagator.AwsXrayPropagator;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;

import dev.lift.tracing.TracingFilter;
import dev.lift.tracing.XRayIdGenerator;
import dev.lift.tracing.XRaySpanProcessor;
import dev.lift.tracing.XRayUdpSpanExporter;

/**
 * Micrometer Tracing over the OpenTelemetry SDK wired as Spring Boot and Lift's tracing
 * auto-configuration wire it (X-Ray ids, W3C and X-Ray propagation, a parent-based ratio sampler,
 * spans sent to the X-Ray daemon as they end, by a background thread as on a server or by the
 * ending thread as on Lambda), with every call either sampled out or sampled. The
 * "daemon" is a loopback UDP socket that never reads: datagrams are really sent, then dropped by the
 * kernel once its buffer is full, as with a daemon that cannot keep up.
 */
final class BenchmarkTracing implements AutoCloseable {

    private final DatagramSocket daemon;

    private final SdkTracerProvider provider;

    private final OtelTracer tracer;

    private final io.opentelemetry.api.trace.Tracer otelTracer;

    private final TextMapPropagator propagator;

    private final XRayUdpSpanExporter exporter;

    /** Which calls are sampled, and which thread sends their spans. */
    enum Mode {

        /** No call sampled. */
        SAMPLED_OUT,

        /** Every call sampled, its span sent by the background thread: a server's default. */
        SAMPLED_SENT_IN_BACKGROUND,

        /** Every call sampled, its span sent by the thread that ends it: the default on Lambda. */
        SAMPLED_SENT_BY_CALLER

    }

    /** {@code lift.tracing.xray.max-queue-size}'s default. */
    private static final int MAX_QUEUE_SIZE = 2048;

    private final Mode mode;

    BenchmarkTracing(Mode mode) {
        this.mode = mode;
        try {
            this.daemon = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.exporter = XRayUdpSpanExporter.builder()
            .daemonAddress((InetSocketAddress) this.daemon.getLocalSocketAddress())
            .build();
        this.provider = SdkTracerProvider.builder()
            .setIdGenerator(XRayIdGenerator.getInstance())
            .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased((mode != Mode.SAMPLED_OUT) ? 1.0 : 0.0)))
            .addSpanProcessor((mode == Mode.SAMPLED_SENT_BY_CALLER) ? new XRaySpanProcessor(this.exporter)
                    : XRaySpanProcessor.background(this.exporter, MAX_QUEUE_SIZE))
            .build();
        io.opentelemetry.api.trace.Tracer otelTracer = this.provider.get("lift");
        OtelCurrentTraceContext currentTraceContext = new OtelCurrentTraceContext();
        this.tracer = new OtelTracer(otelTracer, currentTraceContext, (event) -> {
        }, new OtelBaggageManager(currentTraceContext, List.of(), List.of()));
        this.otelTracer = otelTracer;
        this.propagator = ContextPropagators
            .create(TextMapPropagator.composite(W3CTraceContextPropagator.getInstance(),
                    AwsXrayPropagator.getInstance()))
            .getTextMapPropagator();
    }

    Tracer tracer() {
        return this.tracer;
    }

    /** @return the filter auto-configuration makes: on the bridge's OpenTelemetry tracer and propagators */
    TracingFilter filter() {
        return new TracingFilter(this.tracer, this.otelTracer, this.propagator, true);
    }

    /** @return the spans sent to the daemon so far */
    long sentSpans() {
        return this.exporter.sentCount();
    }

    /**
     * Stops the tracer, sending what is queued, and prints how many spans were sent and dropped: a
     * background sender that cannot keep up with a benchmark's loop drops spans (as it would under
     * such a load in production), so its figure is the caller's share only.
     */
    @Override
    public void close() {
        this.provider.close();
        this.daemon.close();
        if (this.mode != Mode.SAMPLED_OUT) {
            System.out.printf("%nX-Ray exporter (%s): %,d spans sent, %,d dropped%n", this.mode,
                    this.exporter.sentCount(), this.exporter.droppedCount());
        }
    }

}
