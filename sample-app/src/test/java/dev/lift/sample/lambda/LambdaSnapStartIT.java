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

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.lambda.SnapStartPriming;
import dev.lift.test.lambda.LambdaEvent;
import dev.lift.test.lambda.LambdaOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code whoami} function initialised as SnapStart does it: with
 * {@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start} the runtime client runs the CRaC
 * before-checkpoint hooks, asks the Runtime API for {@code /restore/next} and runs the after-restore
 * hooks before the first invocation. {@code org.crac} is pointed at the runtime client's own CRaC
 * implementation, as Lambda's SnapStart runtimes provide one, so Lift's priming resource takes part.
 */
class LambdaSnapStartIT {

    private static SampleLambda lambda;

    @BeforeAll
    static void start() throws Exception {
        lambda = SampleLambda.start("whoami", 0, (builder) -> builder.initializationType("snap-start")
            .jvmArguments("-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac", "-Dlift-it.thread-probe=true"));
    }

    @AfterAll
    static void stop() throws Exception {
        lambda.close();
    }

    @Test
    void primingRunsEveryFilterBeforeTheCheckpointWithoutCallingTheFunction() {
        assertThat(lambda.server().restoreCalls()).isEqualTo(1);
        assertThat(lambda.server().restoreErrors()).isEmpty();
        List<JsonNode> priming = lambda.jsonLogLines().stream()
            .filter((line) -> line.path("function_request_id").asText().equals(SnapStartPriming.REQUEST_ID))
            .toList();
        assertThat(priming).as("the probe filter ran for the priming invocation")
            .anyMatch((line) -> line.path("message").asText().startsWith("probe thread="));
        assertThat(priming).as("the function did not run for it")
            .noneMatch((line) -> line.path("message").asText().contains("Reporting the context"));
        assertThat(lambda.process().output()).noneMatch((line) -> line.contains("Priming the Lift chain"));
    }

    @Test
    void invocationsAfterTheRestoreRunNormallyAndAreNotColdStarts() throws Exception {
        LambdaEvent event = LambdaEvent.of("{}").withTenantId("tenant-a");
        LambdaOutcome outcome = lambda.invoke(event);
        assertThat(outcome.error()).as(outcome.body()).isFalse();
        JsonNode answer = SampleLambda.json(outcome.body());
        assertThat(answer.get("requestId").asText()).isEqualTo(event.requestId());
        assertThat(answer.get("coldStart").asBoolean()).isFalse();
    }

}
