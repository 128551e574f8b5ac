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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.test.lambda.LambdaEvent;
import dev.lift.test.lambda.LambdaOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code whoami} function as Lambda Managed Instances run it: one JVM, the runtime
 * client's {@value #THREADS} handler threads taking invocations at once, threads reused from one
 * invocation to the next.
 */
class LambdaManagedInstancesIT {

    private static final int THREADS = 8;

    private static final int INVOCATIONS = 64;

    private static SampleLambda lambda;

    @BeforeAll
    static void start() throws Exception {
        lambda = SampleLambda.start("whoami", THREADS, (builder) -> builder
            .initializationType("lambda-managed-instances")
            .jvmArguments("-Dlift-it.thread-probe=true"));
    }

    @AfterAll
    static void stop() throws Exception {
        lambda.close();
    }

    @Test
    void concurrentInvocationsEachSeeOnlyTheirOwnContextAndLeaveNothingOnTheirThread() throws Exception {
        List<LambdaEvent> events = new ArrayList<>();
        for (int i = 0; i < INVOCATIONS; i++) {
            // Every third invocation has no trace header: a trace left behind by another would show.
            LambdaEvent event = LambdaEvent.of("{\"n\":" + i + "}").withTenantId("tenant-" + (i % 16));
            events.add((i % 3 == 0) ? event.withTraceId(null) : event);
        }
        List<CompletableFuture<LambdaOutcome>> outcomes = events.stream().map(lambda.server()::invoke).toList();
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        Map<String, LambdaEvent> byRequestId = new HashMap<>();
        for (int i = 0; i < INVOCATIONS; i++) {
            LambdaEvent event = events.get(i);
            byRequestId.put(event.requestId(), event);
            LambdaOutcome outcome = outcomes.get(i).get();
            assertThat(outcome.error()).as(outcome.body()).isFalse();
            JsonNode answer = SampleLambda.json(outcome.body());
            assertThat(answer.get("requestId").asText()).isEqualTo(event.requestId());
            assertThat(answer.get("tenant").asText()).isEqualTo(event.tenantId());
            assertThat(answer.get("coldStart").asBoolean()).as("no cold start on Managed Instances").isFalse();
        }

        // The function logs before it answers, but its output reaches this JVM through a pipe.
        lambda.process().awaitOutput((line) -> count("Reporting the context of the call") >= INVOCATIONS
                && count("probe thread=") >= INVOCATIONS, Duration.ofSeconds(10));
        List<JsonNode> logs = lambda.jsonLogLines();
        List<JsonNode> functionLines = linesWithMessage(logs, "Reporting the context of the call");
        assertThat(functionLines).hasSize(INVOCATIONS);
        Set<String> headerRoots = events.stream().map((event) -> SampleLambda.traceRoot(event.traceId()))
            .filter((root) -> root != null).collect(Collectors.toSet());
        List<String> ownTraces = new ArrayList<>();
        for (JsonNode line : functionLines) {
            LambdaEvent event = byRequestId.get(line.path("function_request_id").asText());
            assertThat(event).as("log line of an unknown invocation: %s", line).isNotNull();
            assertThat(line.path("tenant_id").asText()).isEqualTo(event.tenantId());
            String logged = line.path("xray_trace_id").isMissingNode() ? null : line.path("xray_trace_id").asText();
            if (event.traceId() != null) {
                assertThat(logged).isEqualTo(SampleLambda.traceRoot(event.traceId()));
            }
            else {
                // Without a header the invocation starts a trace of its own, never another's.
                assertThat(logged).matches("1-[0-9a-f]{8}-[0-9a-f]{24}").isNotIn(headerRoots);
                ownTraces.add(logged);
            }
            assertThat(line.path("cold_start").asText()).isEqualTo("false");
            assertThat(line.has("lift-it-leftover")).isFalse();
        }
        assertThat(functionLines.stream().map((line) -> line.path("function_request_id").asText()).distinct())
            .hasSize(INVOCATIONS);
        assertThat(ownTraces).doesNotHaveDuplicates().isNotEmpty();

        // The probe runs once per invocation (the chain ran exactly once), on one of the runtime
        // client's threads, and finds neither the interrupt flag nor the MDC entry it left behind.
        List<JsonNode> probes = linesWithMessage(logs, "probe thread=");
        assertThat(probes).hasSize(INVOCATIONS);
        assertThat(probes.stream().map((line) -> line.path("function_request_id").asText()).collect(Collectors.toSet()))
            .isEqualTo(byRequestId.keySet());
        assertThat(probes).allSatisfy((line) -> assertThat(line.path("message").asText())
            .endsWith("interrupted=false leftover=null"));
        Set<String> threads = probes.stream().map((line) -> line.path("thread").asText()).collect(Collectors.toSet());
        assertThat(threads).as("invocations spread over every handler thread, each reused").hasSize(THREADS);
    }

    private static long count(String message) {
        return lambda.process().output().stream().filter((line) -> line.contains(message)).count();
    }

    private static List<JsonNode> linesWithMessage(List<JsonNode> logs, String message) {
        return logs.stream().filter((line) -> line.path("message").asText().startsWith(message)).toList();
    }

}
