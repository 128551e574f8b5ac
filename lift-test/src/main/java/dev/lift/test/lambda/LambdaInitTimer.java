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

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Measures a function's initialisation the way a caller of a cold Lambda environment feels it: from
 * starting the JVM (the runtime interface client with the handler) to receiving the response to the
 * first invocation through the Runtime API. Prints one line, {@code first-response-ms=<n>}.
 *
 * <p>Usage: {@code LambdaInitTimer <jar> <handler> <event-json> [NAME=VALUE | -Dprop=value]...}:
 * environment variables for the function and JVM options for its JVM. The tenant of the event is
 * {@code bench} (Lambda's tenant isolation header).
 */
public final class LambdaInitTimer {

    private LambdaInitTimer() {
    }

    /**
     * Runs one measurement.
     * @param args the jar, the handler, the event, then settings
     * @throws Exception when the function does not answer
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("Usage: LambdaInitTimer <jar> <handler> <event-json> [NAME=VALUE | -Dprop=value]...");
            System.exit(2);
        }
        LambdaProcess.Builder builder = LambdaProcess.builder(args[1]).classpath(Path.of(args[0]));
        for (int i = 3; i < args.length; i++) {
            if (args[i].startsWith("-")) {
                builder.jvmArguments(args[i]);
            }
            else {
                int equals = args[i].indexOf('=');
                builder.environment(args[i].substring(0, equals), args[i].substring(equals + 1));
            }
        }
        try (LambdaRuntimeApiServer server = LambdaRuntimeApiServer.start()) {
            // The event is queued first: the runtime client gets it on its first request.
            var outcome = server.invoke(LambdaEvent.of(args[2]).withTenantId("bench"));
            long start = System.nanoTime();
            try (LambdaProcess process = builder.start(server)) {
                LambdaOutcome first = outcome.get(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS);
                long elapsed = System.nanoTime() - start;
                if (first.error()) {
                    System.err.println("The first invocation failed: " + first.body());
                    System.exit(1);
                }
                System.out.println("first-response-ms=" + TimeUnit.NANOSECONDS.toMillis(elapsed));
            }
        }
    }

}
