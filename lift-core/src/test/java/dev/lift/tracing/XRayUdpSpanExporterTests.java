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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link XRayUdpSpanExporter}: real spans from the OpenTelemetry SDK, real datagrams
 * received on a loopback UDP socket.
 */
class XRayUdpSpanExporterTests {

    static final String TRACE_ID = "1-[0-9a-f]{8}-[0-9a-f]{24}";

    static final String SEGMENT_ID = "[0-9a-f]{16}";

    private XRayDaemonStub daemon;

    private XRayUdpSpanExporter exporter;

    private OtelTracing tracing;

    @BeforeEach
    void startDaemon() throws Exception {
        this.daemon = new XRayDaemonStub();
        this.exporter = XRayUdpSpanExporter.builder()
            .daemonAddress(this.daemon.address())
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
    void rootSpanIsSegmentWithHeaderIdsAndTimes() throws Exception {
        double before = Instant.now().toEpochMilli() / 1000.0;
        Span span = tracer().nextSpan().name("GET /orders").start();
        span.end();
        double after = Instant.now().toEpochMilli() / 1000.0;

        JsonNode segment = this.daemon.nextDocument();

        assertThat(segment.get("name").asText()).isEqualTo(OtelTracing.SERVICE);
        assertThat(segment.get("trace_id").asText()).matches(TRACE_ID)
            .isEqualTo(XRayNumbers.xrayTraceId(span.context().traceId()));
        assertThat(segment.get("id").asText()).matches(SEGMENT_ID).isEqualTo(span.context().spanId());
        assertThat(segment.has("parent_id")).isFalse();
        assertThat(segment.has("type")).isFalse();
        // The trace id carries the epoch second the trace started in.
        long traceEpoch = Long.parseLong(segment.get("trace_id").asText().substring(2, 10), 16);
        assertThat((double) traceEpoch).isBetween(Math.floor(before), after);
        double start = segment.get("start_time").asDouble();
        double end = segment.get("end_time").asDouble();
        assertThat(start).isBetween(before - 0.001, after + 0.001);
        assertThat(end).isGreaterThanOrEqualTo(start).isLessThanOrEqualTo(after + 0.001);
        assertThat(segment.get("start_time").isBigDecimal() || segment.get("start_time").isDouble()).isTrue();
        assertThat(this.exporter.sentCount()).isEqualTo(1);
        assertThat(this.exporter.droppedCount()).isZero();
    }

    @Test
    void timesAreWrittenAsPlainDecimalSeconds() {
        assertThat(XRayNumbers.epochSeconds(1_732_950_000_123_456_789L)).isEqualTo("1732950000.123456");
        assertThat(XRayNumbers.epochSeconds(1_732_950_000_000_001_000L)).isEqualTo("1732950000.000001");
    }

    @Test
    void childSpanIsSubsegmentLinkedToItsParent() throws Exception {
        Span parent = tracer().nextSpan().name("handle").start();
        Span child;
        try (Tracer.SpanInScope scope = tracer().withSpan(parent)) {
            child = tracer().nextSpan().name("load order").start();
            child.end();
        }
        parent.end();

        JsonNode subsegment = this.daemon.nextDocument();
        JsonNode segment = this.daemon.nextDocument();

        assertThat(subsegment.get("type").asText()).isEqualTo("subsegment");
        assertThat(subsegment.get("name").asText()).isEqualTo("load order");
        assertThat(subsegment.get("parent_id").asText()).isEqualTo(segment.get("id").asText())
            .isEqualTo(parent.context().spanId());
        assertThat(subsegment.get("trace_id").asText()).isEqualTo(segment.get("trace_id").asText());
        assertThat(subsegment.get("start_time").asDouble()).isGreaterThanOrEqualTo(segment.get("start_time").asDouble());
        assertThat(subsegment.get("end_time").asDouble()).isLessThanOrEqualTo(segment.get("end_time").asDouble());
    }

    @Test
    void annotationKeysAreSanitizedAndOtherTagsBecomeMetadata() throws Exception {
        Span span = tracer().nextSpan().name("handle").start();
        span.tag("order.kind", "express");
        span.tag("lift.tenant_id", "acme");
        span.tag("retries", 2L);
        span.tag("note", "not indexed");
        span.tagOfStrings(XRayAnnotations.ANNOTATIONS_ATTRIBUTE, List.of("lift.tenant_id", "retries"));
        span.end();

        JsonNode segment = this.daemon.nextDocument();

        JsonNode annotations = segment.get("annotations");
        assertThat(fieldNames(annotations)).containsExactlyInAnyOrder("order_kind", "lift_tenant_id", "retries");
        assertThat(annotations.get("order_kind").asText()).isEqualTo("express");
        assertThat(annotations.get("lift_tenant_id").asText()).isEqualTo("acme");
        assertThat(fieldNames(annotations)).allMatch((key) -> key.matches("[A-Za-z0-9_]+"));
        JsonNode metadata = segment.get("metadata").get("default");
        assertThat(metadata.get("note").asText()).isEqualTo("not indexed");
        assertThat(metadata.has(XRayAnnotations.ANNOTATIONS_ATTRIBUTE)).isFalse();
        assertThat(metadata.has("lift.tenant_id")).isFalse();
    }

    @Test
    void annotationKeyKeepsOnlyLettersDigitsAndUnderscores() {
        assertThat(XRayText.annotationKey("lift.tenant-id/é 1_x")).isEqualTo("lift_tenant_id___1_x");
    }

    @Test
    void errorMarksFaultAndRecordsCause() throws Exception {
        Span span = tracer().nextSpan().name("handle").start();
        span.error(new IllegalStateException("inventory unavailable"));
        span.end();

        JsonNode segment = this.daemon.nextDocument();

        assertThat(segment.get("fault").asBoolean()).isTrue();
        assertThat(segment.has("error")).isFalse();
        JsonNode exception = segment.get("cause").get("exceptions").get(0);
        assertThat(exception.get("type").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(exception.get("message").asText()).isEqualTo("inventory unavailable");
        assertThat(exception.get("id").asText()).matches(SEGMENT_ID);
    }

    @Test
    void httpFieldsAndStatusFlags() throws Exception {
        Span span = tracer().nextSpan().name("http post").start();
        span.tag("http.request.method", "POST");
        span.tag("url.full", "https://api.example.com/orders");
        span.tag("client.address", "203.0.113.7");
        span.tag("http.response.status_code", 429L);
        span.end();

        JsonNode segment = this.daemon.nextDocument();

        JsonNode http = segment.get("http");
        assertThat(http.get("request").get("method").asText()).isEqualTo("POST");
        assertThat(http.get("request").get("url").asText()).isEqualTo("https://api.example.com/orders");
        assertThat(http.get("request").get("client_ip").asText()).isEqualTo("203.0.113.7");
        assertThat(http.get("response").get("status").asInt()).isEqualTo(429);
        assertThat(segment.get("error").asBoolean()).isTrue();
        assertThat(segment.get("throttle").asBoolean()).isTrue();
        assertThat(segment.has("fault")).isFalse();
    }

    @Test
    void springHttpObservationTagsBecomeHttpFields() throws Exception {
        Span span = tracer().nextSpan().name("http post /orders").start();
        span.tag("http.url", "/orders");
        span.tag("method", "POST");
        span.tag("status", "503");
        span.end();
        Span other = tracer().nextSpan().name("not http").start();
        other.tag("method", "computeTotals");
        other.tag("status", "200");
        other.end();

        JsonNode http = this.daemon.nextDocument();
        JsonNode notHttp = this.daemon.nextDocument();

        assertThat(http.get("http").get("request").get("method").asText()).isEqualTo("POST");
        assertThat(http.get("http").get("request").get("url").asText()).isEqualTo("/orders");
        assertThat(http.get("http").get("response").get("status").asInt()).isEqualTo(503);
        assertThat(http.get("fault").asBoolean()).isTrue();
        assertThat(notHttp.has("http")).isFalse();
    }

    @Test
    void oversizedDocumentIsSentWithoutMetadata() throws Exception {
        Span span = tracer().nextSpan().name("handle").start();
        span.tag("order.kind", "bulk");
        // The bridge cuts single values to 1024 characters; many of them still overflow a datagram.
        for (int i = 0; i < 100; i++) {
            span.tag("payload." + i, "x".repeat(1000));
        }
        span.end();

        byte[] datagram = this.daemon.nextDatagram();

        assertThat(datagram.length).isLessThanOrEqualTo(XRaySegmentEncoder.MAX_DATAGRAM_BYTES);
        JsonNode segment = new ObjectMapper()
            .readTree(new String(datagram, StandardCharsets.UTF_8).substring(XRaySegmentEncoder.HEADER.length));
        assertThat(segment.has("metadata")).isFalse();
        assertThat(segment.get("annotations").get("order_kind").asText()).isEqualTo("bulk");
        assertThat(segment.get("id").asText()).isEqualTo(span.context().spanId());
        assertThat(this.exporter.truncatedCount()).isEqualTo(1);
        assertThat(this.exporter.sentCount()).isEqualTo(1);
    }

    @Test
    void spansOfTraceIdsXRayRefusesAreCountedAsDropped() throws Exception {
        XRayUdpSpanExporter exporter = XRayUdpSpanExporter.builder().daemonAddress(this.daemon.address()).build();
        // A W3C-style random trace id does not start with a recent epoch second.
        try (OtelTracing randomIds = new OtelTracing(exporter, false)) {
            randomIds.tracer().nextSpan().name("refused").start().end();
            randomIds.tracer().nextSpan().name("refused too").start().end();
        }
        tracer().nextSpan().name("marker").start().end();

        JsonNode first = this.daemon.nextDocument();

        assertThat(first.get("name").asText()).isEqualTo(OtelTracing.SERVICE);
        assertThat(exporter.droppedCount()).isEqualTo(2);
        assertThat(exporter.sentCount()).isZero();
    }

    @Test
    void closedPortNeitherBlocksNorLosesCount() throws Exception {
        InetSocketAddress closed;
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            closed = (InetSocketAddress) socket.getLocalSocketAddress();
        }
        XRayUdpSpanExporter unreachable = XRayUdpSpanExporter.builder().daemonAddress(closed).build();
        try (OtelTracing tracing = new OtelTracing(unreachable)) {
            List<Long> nanos = endSpans(tracing.tracer(), 200);

            assertThat(unreachable.sentCount() + unreachable.droppedCount()).isEqualTo(200);
            // Nothing listens: the kernel's "port unreachable" answers make later sends fail at once.
            assertThat(unreachable.droppedCount()).isPositive();
            assertQuick(nanos);
        }
    }

    @Test
    void unresolvableDaemonDropsEverythingAtOnce() {
        XRayUdpSpanExporter unresolved = XRayUdpSpanExporter.builder()
            .daemonAddress(InetSocketAddress.createUnresolved("xray-daemon.invalid", 2000))
            .build();
        try (OtelTracing tracing = new OtelTracing(unresolved)) {
            List<Long> nanos = endSpans(tracing.tracer(), 100);

            assertThat(unresolved.droppedCount()).isEqualTo(100);
            assertThat(unresolved.sentCount()).isZero();
            assertQuick(nanos);
        }
    }

    /** Ends spans one by one and returns how long each end (which exports) took. */
    private static List<Long> endSpans(Tracer tracer, int count) {
        List<Long> nanos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Span span = tracer.nextSpan().name("handle").start();
            long start = System.nanoTime();
            span.end();
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

    /**
     * A blocking send would take the socket timeout or a DNS lookup (seconds) per span; the median
     * stays far below a millisecond even on a busy machine, where single calls may be descheduled.
     */
    private static void assertQuick(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        assertThat(sorted[sorted.length / 2]).as("median nanoseconds to end and export a span").isLessThan(1_000_000);
        assertThat(Arrays.stream(sorted).sum()).as("nanoseconds for all spans").isLessThan(2_000_000_000L);
    }

    private Tracer tracer() {
        return this.tracing.tracer();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

}
