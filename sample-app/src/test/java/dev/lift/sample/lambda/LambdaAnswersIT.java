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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.test.lambda.LambdaEvent;
import dev.lift.test.lambda.LambdaOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What callers get on Lambda, through AWS's runtime interface client and the real
 * {@code FunctionInvoker}: a function interrupted by its timeout that restores the interrupt flag
 * and returns normally still ends with the timeout's answer; a value a filter answers with follows
 * the one response model of both entry points; allowed calls carry the rate-limit headers when asked;
 * calls refused for their tenant are counted in the invocation metrics.
 */
class LambdaAnswersIT {

    private static SampleLambda lambda;

    @BeforeAll
    static void start() throws Exception {
        lambda = SampleLambda.start("politeSlow", 0, (builder) -> builder.jvmArguments("-Dlift-it.polite-function=true",
                "-Dlift-it.answering-filter=true", "-Dlift.timeout.enabled=true",
                "-Dlift.timeout.default-timeout=300ms", "-Dlift.circuit-breaker.enabled=false",
                "-Dlift.rate-limit.allowed-call-headers=true"));
    }

    @AfterAll
    static void stop() throws Exception {
        lambda.close();
    }

    @Test
    void aFunctionThatReturnsNormallyAfterTheInterruptEndsWithTheTimeoutsAnswer() throws Exception {
        // Warm: a cold first call may take longer than the timeout.
        lambda.invoke(LambdaEvent.of("\"warm up\"").withTenantId("acme"));
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            LambdaOutcome proxy = lambda
                .invoke(LambdaEvent.of(ApiGatewayEvents.httpV2("slow", Map.of("X-Tenant-Id", "acme"))));
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            JsonNode response = SampleLambda.json(proxy.body());
            assertThat(response.get("statusCode").asInt()).as(proxy.body()).isEqualTo(504);
            assertThat(response.at("/headers/Content-Type").asText()).isEqualTo("application/problem+json");
            assertThat(SampleLambda.json(response.get("body").asText()).get("type").asText())
                .isEqualTo("urn:lift:problem:timeout");
            assertThat(elapsedMillis).as("interrupted, not run to its end")
                .isLessThan(LambdaTestProbes.POLITE_WORK.toMillis() / 2);

            LambdaOutcome plain = lambda.invoke(LambdaEvent.of("\"slow\"").withTenantId("acme"));
            assertThat(plain.error()).isTrue();
            assertThat(SampleLambda.json(plain.body()).get("errorType").asText())
                .isEqualTo("dev.lift.timeout.LiftTimeoutException");
        }
    }

    @Test
    void aNullAnswerInPlaceOfTheFunctionsIsNoContentAndTextIsText() throws Exception {
        JsonNode none = SampleLambda.json(lambda.invoke(LambdaEvent
            .of(ApiGatewayEvents.httpV2("hi", Map.of("X-Tenant-Id", "acme", LambdaTestProbes.ANSWER_HEADER, "null"))))
            .body());
        assertThat(none.get("statusCode").asInt()).isEqualTo(204);
        assertThat(none.get("body").asText()).isEmpty();
        assertThat(none.at("/headers/Content-Type").isMissingNode()).isTrue();

        JsonNode text = SampleLambda.json(lambda.invoke(LambdaEvent
            .of(ApiGatewayEvents.restV1("hi", Map.of("X-Tenant-Id", "acme", LambdaTestProbes.ANSWER_HEADER, "text"))))
            .body());
        assertThat(text.get("statusCode").asInt()).isEqualTo(200);
        assertThat(text.at("/headers/Content-Type").asText()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(text.get("body").asText()).isEqualTo("from the fallback");
        assertThat(text.get("isBase64Encoded").asBoolean()).isFalse();

        // No status outside API Gateway: no content is JSON null, as a handler returning null answers.
        LambdaOutcome plain = lambda.invoke(LambdaEvent.of("\"answer-null\"").withTenantId("acme"));
        assertThat(plain.error()).isFalse();
        assertThat(plain.body()).isEqualTo("null");
    }

    @Test
    void anAllowedProxyCallCarriesTheRateLimitHeaders() throws Exception {
        JsonNode response = SampleLambda.json(lambda
            .invoke(LambdaEvent.of(ApiGatewayEvents.httpV2("hi", Map.of("X-Tenant-Id", "headers-tenant"))))
            .body());

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.get("body").asText()).contains("quick: hi");
        // The sample's limit: 1000 per second per tenant.
        assertThat(response.at("/headers/RateLimit-Policy").asText()).isEqualTo("\"tenant\";q=1000;w=1");
        assertThat(response.at("/headers/RateLimit").asText()).matches("\"tenant\";r=99[0-9];t=1");
    }

    @Test
    void aCallRefusedForItsTenantIsCountedAsRejectedByTenancy() throws Exception {
        for (String event : List.of(ApiGatewayEvents.httpV2("hi", Map.of("X-Tenant-Id", "no spaces allowed")))) {
            JsonNode response = SampleLambda.json(lambda.invoke(LambdaEvent.of(event)).body());
            assertThat(response.get("statusCode").asInt()).isEqualTo(400);
        }
        lambda.process().awaitOutput((line) -> line.contains("\"tenancy\""), SampleLambda.START_TIMEOUT);
        List<JsonNode> documents = lambda.jsonLogLines().stream().filter((line) -> line.has("_aws")).toList();
        assertThat(documents).anyMatch((document) -> document.has("lift.invocation.rejections")
                && document.path("pattern").asText().equals("tenancy")
                && document.path("operation").asText().equals("politeSlow"));
        assertThat(documents).anyMatch((document) -> document.has("lift.invocation")
                && document.path("outcome").asText().equals("rejected")
                && document.path("operation").asText().equals("politeSlow"));
    }

}
