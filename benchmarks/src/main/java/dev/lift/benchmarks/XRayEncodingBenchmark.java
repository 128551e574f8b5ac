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
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import dev.lift.tracing.TracingFilter;
import dev.lift.tracing.XRayFormat;
import dev.lift.tracing.XRayIdGenerator;
import dev.lift.tracing.XRayUdpSpanExporter;

/**
 * One ended invocation span, tagged as the tracing filter tags it, turned into an X-Ray datagram
 * in each format, without the system call: the exporter's daemon address is unresolved, so the
 * datagram is written and then counted as dropped. This isolates the CPU and allocation of the
 * encoding, which the UDP send dwarfs and makes noisy in {@link TracingBenchmarks}. The set-up
 * sends one datagram of each to a loopback socket and prints its size.
 */
public class XRayEncodingBenchmark extends AverageTimeBenchmark {

    /** {@code lift.tracing.xray.format}. */
    @Param({ "segment", "otlp" })
    public String format;

    private XRayUdpSpanExporter exporter;

    private List<SpanData> spans;

    /** Makes the span and the exporter, and prints the datagram size. */
    @Setup
    public void setUp() throws IOException {
        SdkTracerProvider provider = SdkTracerProvider.builder()
            .setIdGenerator(XRayIdGenerator.getInstance())
            .setResource(Resource.getDefault()
                .merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "orders-service"))))
            .build();
        Span span = provider.get("lift").spanBuilder(Calls.OPERATION).setSpanKind(SpanKind.SERVER).startSpan();
        span.setAttribute(TracingFilter.OPERATION_TAG, Calls.OPERATION);
        span.setAttribute(TracingFilter.COLD_START_TAG, false);
        span.setAttribute(TracingFilter.REQUEST_ID_TAG, "8f5e3b2a-7c1d-4e9f-a6b0-2d4c8e1f3a57");
        span.setAttribute(TracingFilter.TENANT_TAG, Calls.TENANT);
        span.setAttribute(TracingFilter.STATUS_TAG, 200L);
        span.setAttribute(AttributeKey.stringArrayKey("aws.xray.annotations"),
                List.of(TracingFilter.OPERATION_TAG, TracingFilter.COLD_START_TAG, TracingFilter.TENANT_TAG));
        span.end();
        this.spans = List.of(((ReadableSpan) span).toSpanData());
        provider.close();
        this.exporter = XRayUdpSpanExporter.builder()
            .daemonAddress(InetSocketAddress.createUnresolved("xray-daemon.invalid", 2000))
            .format(format())
            .build();
        printDatagramSize();
    }

    private XRayFormat format() {
        return XRayFormat.valueOf(this.format.toUpperCase(Locale.ROOT));
    }

    private void printDatagramSize() throws IOException {
        try (DatagramSocket daemon = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            daemon.setSoTimeout(5000);
            XRayUdpSpanExporter loopback = XRayUdpSpanExporter.builder()
                .daemonAddress((InetSocketAddress) daemon.getLocalSocketAddress())
                .format(format())
                .build();
            loopback.export(this.spans);
            DatagramPacket packet = new DatagramPacket(new byte[65_536], 65_536);
            daemon.receive(packet);
            loopback.shutdown();
            System.out.println("Datagram of the invocation span (" + this.format + "): " + packet.getLength() + " bytes");
        }
    }

    /** Closes the exporter. */
    @TearDown
    public void tearDown() {
        this.exporter.shutdown();
    }

    /**
     * One span to one datagram.
     * @return the export's result
     */
    @Benchmark
    public CompletableResultCode encode() {
        return this.exporter.export(this.spans);
    }

}
