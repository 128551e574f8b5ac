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

package dev.lift.sample.lambda;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import dev.lift.test.lambda.LambdaEvent;
import dev.lift.test.lambda.LambdaOutcome;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code whoami} function on Lambda with {@code lift.tracing.xray.format=otlp}, run by
 * AWS's runtime interface client with Lift's handler: each sampled invocation's span reaches the
 * X-Ray daemon address as an OTLP request in the AWS Distro for OpenTelemetry's UDP format, decoded
 * here with OpenTelemetry's protobuf classes.
 */
class LambdaXRayOtlpIT {

    private static final String HEADER_LINE = "{\"format\": \"json\", \"version\": 1}";

    private static SampleLambda lambda;

    /** Stands in for Lambda's X-Ray endpoint: the function sends its spans here over UDP. */
    private static DatagramSocket xrayDaemon;

    @BeforeAll
    static void start() throws Exception {
        xrayDaemon = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        xrayDaemon.setSoTimeout(500);
        lambda = SampleLambda.start("whoami", 0,
                (builder) -> builder.initializationType("on-demand")
                    .environment("AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:" + xrayDaemon.getLocalPort())
                    .environment("LIFT_TRACING_XRAY_FORMAT", "otlp"));
    }

    @AfterAll
    static void stop() throws Exception {
        lambda.close();
        xrayDaemon.close();
    }

    @Test
    void aSampledInvocationSendsItsSpanAsAnOtlpRequestUnderLambdasSegment() throws Exception {
        LambdaEvent event = LambdaEvent.of("{}").withTenantId("traced-tenant");
        LambdaOutcome outcome = lambda.invoke(event);
        assertThat(outcome.error()).as(outcome.body()).isFalse();
        String traceId = SampleLambda.traceRoot(event.traceId()).substring(2).replace("-", "");
        String parent = event.traceId().replaceAll(".*Parent=([0-9a-f]{16}).*", "$1");

        ResourceSpans sent = receiveSpanOf(traceId);

        Map<String, String> resource = strings(sent.getResource().getAttributesList().stream());
        assertThat(resource).containsEntry("service.name", "lift-sample");
        Span span = sent.getScopeSpans(0).getSpans(0);
        assertThat(HexFormat.of().formatHex(span.getParentSpanId().toByteArray())).isEqualTo(parent);
        assertThat(span.getSpanId().size()).isEqualTo(8);
        assertThat(span.getName()).isEqualTo("whoami");
        assertThat(span.getEndTimeUnixNano()).isGreaterThanOrEqualTo(span.getStartTimeUnixNano());
        Map<String, String> attributes = strings(span.getAttributesList().stream());
        assertThat(attributes).containsEntry("lift.operation", "whoami")
            .containsEntry("lift.tenant_id", "traced-tenant")
            .containsEntry("lift.request_id", event.requestId());
        assertThat(span.getAttributesList())
            .filteredOn((attribute) -> attribute.getKey().equals("aws.xray.annotations"))
            .singleElement()
            .satisfies((list) -> assertThat(list.getValue().getArrayValue().getValuesList())
                .extracting((value) -> value.getStringValue())
                .contains("lift.operation", "lift.tenant_id", "lift.cold_start"));
    }

    /**
     * Lift's invocation span of the given trace (the function's own spans nest under it and arrive
     * first), from the datagrams that arrive; checks each datagram's format.
     */
    private static ResourceSpans receiveSpanOf(String traceId) throws Exception {
        long deadline = System.nanoTime() + SampleLambda.START_TIMEOUT.toNanos();
        byte[] buffer = new byte[65_536];
        while (System.nanoTime() < deadline) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                xrayDaemon.receive(packet);
            }
            catch (SocketTimeoutException ex) {
                continue;
            }
            String datagram = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.US_ASCII);
            assertThat(datagram).startsWith(HEADER_LINE + "\nT1S");
            ExportTraceServiceRequest request = ExportTraceServiceRequest
                .parseFrom(Base64.getDecoder().decode(datagram.substring(HEADER_LINE.length() + 4)));
            assertThat(request.getResourceSpansCount()).isEqualTo(1);
            ResourceSpans resourceSpans = request.getResourceSpans(0);
            Span span = resourceSpans.getScopeSpans(0).getSpans(0);
            if (HexFormat.of().formatHex(span.getTraceId().toByteArray()).equals(traceId)
                    && strings(span.getAttributesList().stream()).containsKey("lift.operation")) {
                return resourceSpans;
            }
        }
        throw new AssertionError("No span of trace " + traceId + " arrived");
    }

    private static Map<String, String> strings(java.util.stream.Stream<KeyValue> attributes) {
        return attributes.filter((attribute) -> attribute.getValue().hasStringValue())
            .collect(Collectors.toMap(KeyValue::getKey, (attribute) -> attribute.getValue().getStringValue()));
    }

}
