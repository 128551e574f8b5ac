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

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.test.lambda.LambdaEvent;
import dev.lift.test.lambda.LambdaOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code downstream} function with a downstream that always fails: the runtime client
 * reports the function's exception as the invocation's error, and the chain keeps running for the
 * calls after it.
 */
class LambdaFunctionErrorIT {

    private static SampleLambda lambda;

    @BeforeAll
    static void start() throws Exception {
        lambda = SampleLambda.start("downstream", 0, (builder) -> builder
            .jvmArguments("-Dsample.downstream.failure-rate=1", "-Dsample.downstream.latency=0ms"));
    }

    @AfterAll
    static void stop() throws Exception {
        lambda.close();
    }

    @Test
    void functionExceptionIsReportedWithErrorTypeAndMessage() throws Exception {
        for (int i = 0; i < 2; i++) {
            LambdaEvent event = LambdaEvent.of("\"payload\"").withTenantId("tenant-a");
            LambdaOutcome outcome = lambda.invoke(event);
            assertThat(outcome.error()).isTrue();
            assertThat(outcome.errorType()).isEqualTo("Runtime.UserException");
            JsonNode error = SampleLambda.json(outcome.body());
            assertThat(error.get("errorType").asText()).isEqualTo("dev.lift.sample.FlakyDownstream$DownstreamException");
            assertThat(error.get("errorMessage").asText()).isEqualTo("The downstream service failed");
        }
    }

    @Test
    void functionExceptionOfAnApiGatewayEventIsALambdaErrorToo() throws Exception {
        LambdaOutcome outcome = lambda
            .invoke(LambdaEvent.of(ApiGatewayEvents.httpV2("payload", Map.of("X-Tenant-Id", "tenant-a"))));
        assertThat(outcome.error()).isTrue();
        assertThat(SampleLambda.json(outcome.body()).get("errorMessage").asText())
            .isEqualTo("The downstream service failed");
    }

}
