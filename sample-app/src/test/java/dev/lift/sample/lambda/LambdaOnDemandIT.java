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
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.test.lambda.LambdaEvent;
import dev.lift.test.lambda.LambdaOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code whoami} function on an on-demand Lambda environment, run by AWS's runtime
 * interface client with Lift's handler: plain and API Gateway events, rejections, invalid tenants,
 * the context Lift builds from Lambda's, and the cold start.
 */
class LambdaOnDemandIT {

    private static SampleLambda lambda;

    private static LambdaEvent firstEvent;

    private static LambdaOutcome firstOutcome;

    /** Stands in for the X-Ray daemon: the function sends its segments here over UDP. */
    private static DatagramSocket xrayDaemon;

    @BeforeAll
    static void start() throws Exception {
        xrayDaemon = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        xrayDaemon.setSoTimeout(500);
        lambda = SampleLambda.start("whoami", 0,
                (builder) -> builder.initializationType("on-demand")
                    .jvmArguments("-Dlift-it.rejecting-filter=true")
                    .environment("AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:" + xrayDaemon.getLocalPort()));
        // The first invocation of the environment, whatever test runs first.
        firstEvent = LambdaEvent.of("{\"greeting\":\"hello\"}").withTenantId("first-tenant");
        firstOutcome = lambda.invoke(firstEvent);
    }

    @AfterAll
    static void stop() throws Exception {
        lambda.close();
        xrayDaemon.close();
    }

    @Test
    void aSampledInvocationSendsItsSubsegmentWithTheTenantToTheXRayDaemon() throws Exception {
        LambdaEvent event = LambdaEvent.of("{}").withTenantId("traced-tenant");
        lambda.invoke(event);
        String root = SampleLambda.traceRoot(event.traceId());
        String parent = event.traceId().replaceAll(".*Parent=([0-9a-f]{16}).*", "$1");
        JsonNode segment = null;
        long deadline = System.nanoTime() + SampleLambda.START_TIMEOUT.toNanos();
        byte[] buffer = new byte[65536];
        while (segment == null && System.nanoTime() < deadline) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                xrayDaemon.receive(packet);
            }
            catch (SocketTimeoutException ex) {
                continue;
            }
            String datagram = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            assertThat(datagram).startsWith("{\"format\": \"json\", \"version\": 1}\n");
            JsonNode document = SampleLambda.json(datagram.substring(datagram.indexOf('\n') + 1));
            if (root.equals(document.path("trace_id").asText())
                    && "traced-tenant".equals(document.at("/annotations/lift_tenant_id").asText())) {
                segment = document;
            }
        }
        assertThat(segment).as("a datagram for trace %s", root).isNotNull();
        assertThat(segment.get("type").asText()).isEqualTo("subsegment");
        assertThat(segment.get("parent_id").asText()).isEqualTo(parent);
        assertThat(segment.get("id").asText()).matches("[0-9a-f]{16}");
        assertThat(segment.at("/annotations/lift_operation").asText()).isEqualTo("whoami");
        assertThat(segment.get("end_time").asDouble()).isGreaterThanOrEqualTo(segment.get("start_time").asDouble());
    }

    @Test
    void plainEventRunsTheFunctionWithTheContextFromLambda() throws Exception {
        LambdaEvent event = LambdaEvent.of("{\"greeting\":\"hello\"}").withTenantId("tenant-a");
        LambdaOutcome outcome = lambda.invoke(event);
        assertThat(outcome.error()).as(outcome.body()).isFalse();
        JsonNode answer = SampleLambda.json(outcome.body());
        assertThat(answer.get("tenant").asText()).isEqualTo("tenant-a");
        assertThat(answer.get("requestId").asText()).isEqualTo(event.requestId());
        assertThat(answer.get("operation").asText()).isEqualTo("whoami");
        assertThat(answer.get("coldStart").asBoolean()).isFalse();
    }

    @Test
    void coldStartIsTrueForExactlyTheFirstInvocation() throws Exception {
        assertThat(SampleLambda.json(firstOutcome.body()).get("coldStart").asBoolean()).isTrue();
        for (int i = 0; i < 3; i++) {
            LambdaOutcome outcome = lambda.invoke(LambdaEvent.of("{}").withTenantId("tenant-a"));
            assertThat(SampleLambda.json(outcome.body()).get("coldStart").asBoolean()).isFalse();
        }
    }

    @Test
    void functionLogLinesCarryTheirInvocation() throws Exception {
        lambda.process().awaitOutput((line) -> line.contains(firstEvent.requestId()), SampleLambda.START_TIMEOUT);
        JsonNode line = lambda.jsonLogLines().stream()
            .filter((log) -> log.path("function_request_id").asText().equals(firstEvent.requestId()))
            .filter((log) -> log.path("message").asText().contains("Reporting the context"))
            .findFirst().orElseThrow();
        assertThat(line.path("tenant_id").asText()).isEqualTo("first-tenant");
        assertThat(line.path("xray_trace_id").asText()).isEqualTo(SampleLambda.traceRoot(firstEvent.traceId()));
        assertThat(line.path("cold_start").asText()).isEqualTo("true");
    }

    @Test
    void eachInvocationEndsWithItsMetricsInEmbeddedMetricFormat() throws Exception {
        lambda.process().awaitOutput((line) -> line.contains("\"ColdStart\""), SampleLambda.START_TIMEOUT);
        List<JsonNode> documents = lambda.jsonLogLines().stream().filter((line) -> line.has("_aws")).toList();
        JsonNode coldStart = documents.stream().filter((document) -> document.has("ColdStart")).findFirst().orElseThrow();
        assertThat(coldStart.at("/_aws/CloudWatchMetrics/0/Namespace").asText()).isEqualTo("LiftSample");
        assertThat(coldStart.get("tenant").asText()).isEqualTo("first-tenant");
        assertThat(coldStart.get("operation").asText()).isEqualTo("whoami");
        assertThat(documents).anyMatch((document) -> document.has("lift.invocation")
                && document.path("tenant").asText().equals("first-tenant")
                && document.path("outcome").asText().equals("success"));
    }

    @Test
    void wholeEventsAreNotLoggedByDefault() {
        assertThat(lambda.process().output()).isNotEmpty().noneMatch((line) -> line.contains("greeting"));
    }

    @Test
    void apiGatewayEventsSucceedWithTheTenantHeader() throws Exception {
        for (String event : List.of(ApiGatewayEvents.restV1("hi", Map.of("X-Tenant-Id", "acme")),
                ApiGatewayEvents.httpV2("hi", Map.of("X-Tenant-Id", "acme")))) {
            LambdaOutcome outcome = lambda.invoke(LambdaEvent.of(event));
            assertThat(outcome.error()).as(outcome.body()).isFalse();
            JsonNode response = SampleLambda.json(outcome.body());
            assertThat(response.get("statusCode").asInt()).isEqualTo(200);
            assertThat(SampleLambda.json(response.get("body").asText()).get("tenant").asText()).isEqualTo("acme");
        }
    }

    @Test
    void apiGatewayRejectionIsAProblemResponseWithRetryAfter() throws Exception {
        for (String event : List.of(
                ApiGatewayEvents.restV1("hi", Map.of("X-Tenant-Id", "acme", "X-Test-Reject", "429")),
                ApiGatewayEvents.httpV2("hi", Map.of("X-Tenant-Id", "acme", "X-Test-Reject", "429")))) {
            JsonNode response = SampleLambda.json(lambda.invoke(LambdaEvent.of(event)).body());
            assertThat(response.get("statusCode").asInt()).isEqualTo(429);
            assertThat(response.at("/headers/Retry-After").asText()).isEqualTo("3");
            assertThat(response.at("/headers/Content-Type").asText()).isEqualTo("application/problem+json");
            JsonNode problem = SampleLambda.json(response.get("body").asText());
            assertThat(problem.get("status").asInt()).isEqualTo(429);
            assertThat(problem.get("type").asText()).isEqualTo("urn:lift:problem:test-rejection");
        }
        JsonNode unavailable = SampleLambda.json(lambda.invoke(LambdaEvent.of(ApiGatewayEvents.httpV2("hi",
                Map.of("X-Tenant-Id", "acme", "X-Test-Reject", "503")))).body());
        assertThat(unavailable.get("statusCode").asInt()).isEqualTo(503);
        assertThat(unavailable.at("/headers/Retry-After").isMissingNode()).isTrue();
    }

    @Test
    void apiGatewayInvalidTenantIsA400ProblemResponse() throws Exception {
        for (String event : List.of(ApiGatewayEvents.restV1("hi", Map.of("X-Tenant-Id", "no spaces allowed")),
                ApiGatewayEvents.httpV2("hi", Map.of("X-Tenant-Id", "no spaces allowed")))) {
            JsonNode response = SampleLambda.json(lambda.invoke(LambdaEvent.of(event)).body());
            assertThat(response.get("statusCode").asInt()).isEqualTo(400);
            assertThat(response.at("/headers/Content-Type").asText()).isEqualTo("application/problem+json");
            assertThat(response.get("body").asText()).contains("invalid-tenant").doesNotContain("no spaces allowed");
        }
    }

    @Test
    void plainEventWithoutTenantIsALambdaError() throws Exception {
        LambdaOutcome outcome = lambda.invoke(LambdaEvent.of("{}"));
        assertThat(outcome.error()).isTrue();
        JsonNode error = SampleLambda.json(outcome.body());
        assertThat(error.get("errorType").asText()).isEqualTo("dev.lift.error.LiftInvalidTenantException");
        assertThat(error.get("errorMessage").asText()).isEqualTo("A tenant is required and none was found");
    }

}
