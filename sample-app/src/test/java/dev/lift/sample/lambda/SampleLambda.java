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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.test.lambda.LambdaEvent;
import dev.lift.test.lambda.LambdaOutcome;
import dev.lift.test.lambda.LambdaProcess;
import dev.lift.test.lambda.LambdaRuntimeApiServer;

/**
 * The sample's Lambda jar ({@code target/*-aws.jar}, built by {@code package}) run by AWS's runtime
 * interface client in a child JVM with Lift's handler, against a Runtime API on loopback. One per
 * test class: starting a JVM is the expensive part.
 */
final class SampleLambda implements AutoCloseable {

    /** The handler the SAM template names. */
    static final String HANDLER = "dev.lift.autoconfigure.lambda.LiftFunctionInvoker::handleRequest";

    static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaRuntimeApiServer server;

    private final LambdaProcess process;

    private SampleLambda(LambdaRuntimeApiServer server, LambdaProcess process) {
        this.server = server;
        this.process = process;
    }

    /**
     * Starts the function and waits until it asks for its first invocation(s).
     * @param function the value of {@code SPRING_CLOUD_FUNCTION_DEFINITION}
     * @param concurrency {@code AWS_LAMBDA_MAX_CONCURRENCY}, 0 for unset
     * @param customizer further settings
     * @return the running function
     */
    static SampleLambda start(String function, int concurrency, UnaryOperator<LambdaProcess.Builder> customizer)
            throws IOException, InterruptedException {
        LambdaRuntimeApiServer server = LambdaRuntimeApiServer
            .start("arn:aws:lambda:us-east-1:123456789012:function:lift-sample-" + function);
        LambdaProcess.Builder builder = LambdaProcess.builder(HANDLER)
            .classpath(awsJar(), probes())
            .functionName("lift-sample-" + function)
            .maxConcurrency(concurrency)
            .environment("SPRING_CLOUD_FUNCTION_DEFINITION", function);
        LambdaProcess process = customizer.apply(builder).start(server);
        try {
            server.awaitWaitingRuntimeThreads(Math.max(concurrency, 1), START_TIMEOUT);
        }
        catch (RuntimeException ex) {
            String output = String.join("\n", process.output());
            process.close();
            server.close();
            throw new IllegalStateException("The function did not start:\n" + output, ex);
        }
        return new SampleLambda(server, process);
    }

    LambdaOutcome invoke(LambdaEvent event) throws Exception {
        return this.server.invoke(event).get(30, TimeUnit.SECONDS);
    }

    LambdaRuntimeApiServer server() {
        return this.server;
    }

    LambdaProcess process() {
        return this.process;
    }

    /** @return the JSON log lines the function printed so far */
    List<JsonNode> jsonLogLines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : this.process.output()) {
            // The runtime client prints some notices without a line end: a log line may follow one.
            int start = line.indexOf("{\"");
            if (start >= 0) {
                try {
                    lines.add(JSON.readTree(line.substring(start)));
                }
                catch (IOException ex) {
                    // Not a structured log line.
                }
            }
        }
        return lines;
    }

    /**
     * The trace id Lift's log format writes for a trace header, as Powertools does: its root.
     * @param traceHeader {@code Root=1-...;Parent=...;Sampled=...}, or {@code null}
     * @return {@code 1-<8 hex>-<24 hex>}, or {@code null}
     */
    static String traceRoot(String traceHeader) {
        if (traceHeader == null) {
            return null;
        }
        String root = traceHeader.split(";")[0];
        return root.startsWith("Root=") ? root.substring("Root=".length()) : root;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() throws InterruptedException {
        this.process.close();
        this.server.close();
    }

    private static Path awsJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "*-aws.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        throw new IllegalStateException("No target/*-aws.jar: run the tests with 'mvn verify', which packages it first");
    }

    /**
     * A classpath root holding only {@link LambdaTestProbes}: the whole test output would bring other
     * tests' configurations into the sample's component scan.
     */
    private static Path probes() throws IOException {
        Path root = Path.of("target", "lambda-test-probes");
        String pkg = LambdaTestProbes.class.getPackageName().replace('.', '/');
        Path source = Path.of("target", "test-classes").resolve(pkg);
        Path target = Files.createDirectories(root.resolve(pkg));
        try (DirectoryStream<Path> classes = Files.newDirectoryStream(source, "LambdaTestProbes*.class")) {
            for (Path probe : classes) {
                Files.copy(probe, target.resolve(probe.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return root;
    }

}
