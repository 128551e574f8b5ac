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

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link XRayUdpSpanExporter} in the {@link XRayFormat#OTLP} format: real spans from the
 * OpenTelemetry SDK, real datagrams received on a loopback UDP socket, decoded with OpenTelemetry's
 * protobuf classes.
 */
class XRayOtlpFormatTests {

    private XRayDaemonStub daemon;

    private XRayUdpSpanExporter exporter;

    private OtelTracing tracing;

    @BeforeEach
    void startDaemon() throws Exception {
        this.daemon = new XRayDaemonStub();
        this.exporter = XRayUdpSpanExporter.builder()
            .daemonAddress(this.daemon.address())
            .format(XRayFormat.OTLP)
            .annotationKeys(Set.of("order.kind"))
            .build();
        this.tracing = new OtelTracing(this.exporter);
    }

    @AfterEach
    void stop() {
        this.tracing.close();
        this.daemon.close();
    }

    @Test
    void spanIsOneOtlpRequestWithResourceIdsAndTimes() throws Exception {
        long before = nowNanos();
        Span span = tracer().nextSpan().name("GET /orders").start();
        span.tag("note", "kept");
        span.end();
        long after = nowNanos();

        ExportTraceServiceRequest request = this.daemon.nextOtlpRequest();

        assertThat(request.getResourceSpansCount()).isEqualTo(1);
        ResourceSpans resourceSpans = request.getResourceSpans(0);
        assertThat(attributes(resourceSpans.getResource().getAttributesList())).containsEntry("service.name",
                OtelTracing.SERVICE);
        assertThat(resourceSpans.getScopeSpans(0).getScope().getName()).isEqualTo("lift-test");
        io.opentelemetry.proto.trace.v1.Span sent = onlySpan(request);
        assertThat(HexFormat.of().formatHex(sent.getTraceId().toByteArray())).isEqualTo(span.context().traceId());
        assertThat(HexFormat.of().formatHex(sent.getSpanId().toByteArray())).isEqualTo(span.context().spanId());
        assertThat(sent.getParentSpanId().isEmpty()).isTrue();
        assertThat(sent.getName()).isEqualTo("GET /orders");
        assertThat(sent.getStartTimeUnixNano()).isBetween(before, after);
        assertThat(sent.getEndTimeUnixNano()).isBetween(sent.getStartTimeUnixNano(), after);
        assertThat(attributes(sent.getAttributesList())).containsEntry("note", "kept");
        assertThat(sent.getDroppedAttributesCount()).isZero();
        assertThat(this.exporter.sentCount()).isEqualTo(1);
        assertThat(this.exporter.droppedCount()).isZero();
        assertThat(this.exporter.truncatedCount()).isZero();
    }

    @Test
    void childSpanCarriesItsParentSpanId() throws Exception {
        Span parent = tracer().nextSpan().name("handle").start();
        try (Tracer.SpanInScope scope = tracer().withSpan(parent)) {
            tracer().nextSpan().name("load order").start().end();
        }
        parent.end();

        io.opentelemetry.proto.trace.v1.Span child = onlySpan(this.daemon.nextOtlpRequest());
        io.opentelemetry.proto.trace.v1.Span root = onlySpan(this.daemon.nextOtlpRequest());

        assertThat(child.getName()).isEqualTo("load order");
        assertThat(child.getParentSpanId()).isEqualTo(root.getSpanId());
        assertThat(child.getTraceId()).isEqualTo(root.getTraceId());
    }

    @Test
    void configuredAnnotationKeysJoinTheSpansAnnotationList() throws Exception {
        Span span = tracer().nextSpan().name("handle").start();
        span.tag("order.kind", "express");
        span.tag("lift.tenant_id", "acme");
        span.tagOfStrings(XRayAnnotations.ANNOTATIONS_ATTRIBUTE, List.of("lift.tenant_id"));
        span.end();
        Span unannotated = tracer().nextSpan().name("plain").start();
        unannotated.tag("note", "not indexed");
        unannotated.end();

        io.opentelemetry.proto.trace.v1.Span sent = onlySpan(this.daemon.nextOtlpRequest());
        io.opentelemetry.proto.trace.v1.Span plain = onlySpan(this.daemon.nextOtlpRequest());

        // X-Ray indexes what the list names, under the attribute's own key.
        assertThat(stringList(sent, XRayAnnotations.ANNOTATIONS_ATTRIBUTE)).containsExactly("lift.tenant_id",
                "order.kind");
        assertThat(attributes(sent.getAttributesList())).containsEntry("order.kind", "express")
            .containsEntry("lift.tenant_id", "acme");
        assertThat(sent.getDroppedAttributesCount()).isZero();
        assertThat(attributes(plain.getAttributesList())).doesNotContainKey(XRayAnnotations.ANNOTATIONS_ATTRIBUTE);
    }

    @Test
    void errorStatusAndExceptionEventTravelAsRecorded() throws Exception {
        Span span = tracer().nextSpan().name("handle").start();
        span.error(new IllegalStateException("inventory unavailable"));
        span.end();

        io.opentelemetry.proto.trace.v1.Span sent = onlySpan(this.daemon.nextOtlpRequest());

        assertThat(sent.getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
        assertThat(sent.getEventsList()).hasSize(1);
        assertThat(sent.getEvents(0).getName()).isEqualTo("exception");
        assertThat(attributes(sent.getEvents(0).getAttributesList()))
            .containsEntry("exception.type", IllegalStateException.class.getName())
            .containsEntry("exception.message", "inventory unavailable");
    }

    @Test
    void oversizedSpanIsSentWithItsAnnotationsAndCountsWhatWasLeftOut() throws Exception {
        Span span = tracer().nextSpan().name("handle").start();
        span.tag("order.kind", "bulk");
        for (int i = 0; i < 100; i++) {
            span.tag("payload." + i, "x".repeat(1000));
        }
        span.event("checkpoint");
        span.end();

        byte[] datagram = this.daemon.nextDatagram();

        assertThat(datagram.length).isLessThanOrEqualTo(SpanDatagramEncoder.MAX_DATAGRAM_BYTES);
        io.opentelemetry.proto.trace.v1.Span sent = onlySpan(XRayDaemonStub.decodeOtlp(datagram));
        assertThat(attributes(sent.getAttributesList())).containsOnlyKeys("order.kind",
                XRayAnnotations.ANNOTATIONS_ATTRIBUTE);
        assertThat(sent.getDroppedAttributesCount()).isEqualTo(100);
        assertThat(sent.getEventsCount()).isZero();
        assertThat(sent.getDroppedEventsCount()).isEqualTo(1);
        assertThat(HexFormat.of().formatHex(sent.getSpanId().toByteArray())).isEqualTo(span.context().spanId());
        assertThat(this.exporter.truncatedCount()).isEqualTo(1);
        assertThat(this.exporter.sentCount()).isEqualTo(1);
    }

    @Test
    void spansOfTraceIdsXRayRefusesAreCountedAsDropped() throws Exception {
        XRayUdpSpanExporter exporter = XRayUdpSpanExporter.builder()
            .daemonAddress(this.daemon.address())
            .format(XRayFormat.OTLP)
            .build();
        try (OtelTracing randomIds = new OtelTracing(exporter, false)) {
            randomIds.tracer().nextSpan().name("refused").start().end();
        }
        tracer().nextSpan().name("marker").start().end();

        assertThat(onlySpan(this.daemon.nextOtlpRequest()).getName()).isEqualTo("marker");
        assertThat(exporter.droppedCount()).isEqualTo(1);
        assertThat(exporter.sentCount()).isZero();
    }

    @Test
    void closedPortCountsEverySpanAsSentOrDropped() throws Exception {
        InetSocketAddress closed;
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            closed = (InetSocketAddress) socket.getLocalSocketAddress();
        }
        XRayUdpSpanExporter unreachable = XRayUdpSpanExporter.builder()
            .daemonAddress(closed)
            .format(XRayFormat.OTLP)
            .build();
        try (OtelTracing tracing = new OtelTracing(unreachable)) {
            for (int i = 0; i < 200; i++) {
                tracing.tracer().nextSpan().name("handle").start().end();
            }

            assertThat(unreachable.sentCount() + unreachable.droppedCount()).isEqualTo(200);
            assertThat(unreachable.droppedCount()).isPositive();
        }
    }

    private Tracer tracer() {
        return this.tracing.tracer();
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static io.opentelemetry.proto.trace.v1.Span onlySpan(ExportTraceServiceRequest request) {
        assertThat(request.getResourceSpansCount()).isEqualTo(1);
        assertThat(request.getResourceSpans(0).getScopeSpansCount()).isEqualTo(1);
        assertThat(request.getResourceSpans(0).getScopeSpans(0).getSpansCount()).isEqualTo(1);
        return request.getResourceSpans(0).getScopeSpans(0).getSpans(0);
    }

    /** String-valued attributes by key. */
    static Map<String, String> attributes(List<KeyValue> attributes) {
        return attributes.stream()
            .filter((attribute) -> attribute.getValue().getValueCase() == AnyValue.ValueCase.STRING_VALUE
                    || attribute.getValue().getValueCase() == AnyValue.ValueCase.ARRAY_VALUE)
            .collect(Collectors.toMap(KeyValue::getKey, (attribute) -> attribute.getValue().hasStringValue()
                    ? attribute.getValue().getStringValue() : attribute.getValue().getArrayValue().toString()));
    }

    private static List<String> stringList(io.opentelemetry.proto.trace.v1.Span span, String key) {
        return span.getAttributesList()
            .stream()
            .filter((attribute) -> attribute.getKey().equals(key))
            .flatMap((attribute) -> attribute.getValue().getArrayValue().getValuesList().stream())
            .map(AnyValue::getStringValue)
            .toList();
    }

}
