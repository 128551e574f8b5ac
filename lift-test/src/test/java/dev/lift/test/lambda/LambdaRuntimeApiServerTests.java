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

package dev.lift.test.lambda;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Runtime API server driven by the real runtime interface client in a child JVM. */
class LambdaRuntimeApiServerTests {

    private static final Duration START = Duration.ofSeconds(30);

    @Test
    void runtimeClientReceivesEventHeadersAndReportsResponsesAndErrors() throws Exception {
        try (LambdaRuntimeApiServer server = LambdaRuntimeApiServer.start(
                "arn:aws:lambda:us-east-1:123456789012:function:echo");
                LambdaProcess process = echo(0).start(server)) {
            LambdaEvent event = LambdaEvent.of("{\"a\":1}").withTenantId("tenant-a");
            LambdaOutcome outcome = server.invoke(event).get(START.toSeconds(), TimeUnit.SECONDS);
            assertThat(outcome.error()).isFalse();
            assertThat(outcome.body()).isEqualTo("\"" + String.join("|", event.requestId(), "tenant-a",
                    event.traceId(), "arn:aws:lambda:us-east-1:123456789012:function:echo", "true", "{'a':1}")
                    + "\"");
            assertThat(process.awaitOutput((line) -> line.equals("handled " + event.requestId()), START))
                    .isNotNull();

            LambdaOutcome failure = server.invoke(LambdaEvent.of("\"fail\"")).get(10, TimeUnit.SECONDS);
            assertThat(failure.error()).isTrue();
            assertThat(failure.errorType()).isEqualTo("Runtime.UserException");
            assertThat(failure.body()).contains("\"errorType\":\"java.lang.IllegalStateException\"")
                    .contains("\"errorMessage\":\"failed on purpose\"");

            LambdaOutcome next = server.invoke(LambdaEvent.of("2").withTraceId(null)).get(10, TimeUnit.SECONDS);
            assertThat(next.body()).contains("|null|null|");
        }
    }

    @Test
    void runtimeClientWithSeveralThreadsServesConcurrentInvocations() throws Exception {
        try (LambdaRuntimeApiServer server = LambdaRuntimeApiServer.start();
                LambdaProcess process = echo(4).start(server)) {
            server.awaitWaitingRuntimeThreads(4, START);
            List<LambdaEvent> events = new ArrayList<>();
            List<CompletableFuture<LambdaOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                LambdaEvent event = LambdaEvent.of(Integer.toString(i)).withTenantId("t" + i);
                events.add(event);
                outcomes.add(server.invoke(event));
            }
            for (int i = 0; i < events.size(); i++) {
                LambdaOutcome outcome = outcomes.get(i).get(10, TimeUnit.SECONDS);
                assertThat(outcome.requestId()).isEqualTo(events.get(i).requestId());
                assertThat(outcome.body()).startsWith("\"" + events.get(i).requestId() + "|t" + i + "|")
                        .endsWith("|" + i + "\"");
            }
        }
    }

    @Test
    void failingInitialisationIsReportedAsInitError() throws Exception {
        try (LambdaRuntimeApiServer server = LambdaRuntimeApiServer.start();
                LambdaProcess process = LambdaProcess.builder(FailingInitHandler.class.getName())
                        .classpath(testClasses()).start(server)) {
            String error = server.initError().get(START.toSeconds(), TimeUnit.SECONDS);
            assertThat(error).contains("init failed on purpose");
        }
    }

    private static LambdaProcess.Builder echo(int maxConcurrency) throws URISyntaxException {
        return LambdaProcess.builder(EchoHandler.class.getName() + "::handleRequest")
                .classpath(testClasses())
                .maxConcurrency(maxConcurrency)
                .initializationType((maxConcurrency > 0) ? "lambda-managed-instances" : "on-demand");
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(EchoHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

}
