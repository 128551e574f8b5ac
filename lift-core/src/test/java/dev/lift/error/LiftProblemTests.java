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

package dev.lift.error;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiftProblemTests {

    @Test
    void rendersAnRfc9457BodyWithTheRetryHint() throws Exception {
        Rejection rejection = new Rejection("Too many calls \"now\"\n", 429, Duration.ofMillis(1500));

        JsonNode body = new ObjectMapper().readTree(LiftProblem.body(rejection));

        assertThat(body.get("type").asText()).isEqualTo("urn:lift:problem:test-rejection");
        assertThat(body.get("title").asText()).isEqualTo("Too Many Requests");
        assertThat(body.get("status").asInt()).isEqualTo(429);
        assertThat(body.get("detail").asText()).isEqualTo("Too many calls \"now\"\n");
        assertThat(body.get("retryAfter").asLong()).isEqualTo(2);
        assertThat(LiftProblem.body(rejection)).doesNotContain("\n").doesNotContain("at dev.lift");
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(LiftProblem.retryAfterHeader(new Rejection("x", 503, Duration.ZERO))).isEqualTo("1");
        assertThat(LiftProblem.retryAfterHeader(new Rejection("x", 503, Duration.ofMillis(2001)))).isEqualTo("3");
        assertThat(LiftProblem.retryAfterHeader(new Rejection("x", 503, Duration.ofSeconds(30)))).isEqualTo("30");
        assertThat(LiftProblem.retryAfterHeader(new Rejection("x", 503, null))).isNull();
    }

    @Test
    void leavesOutTheRetryHintWhenUnknown() throws Exception {
        JsonNode body = new ObjectMapper().readTree(LiftProblem.body(new Rejection("x", 504, null)));
        assertThat(body.has("retryAfter")).isFalse();
        assertThat(body.get("title").asText()).isEqualTo("Gateway Timeout");
    }

    @Test
    void rejectionsCarryNoStackTrace() {
        assertThat(new Rejection("x", 503, null).getStackTrace()).isEmpty();
    }

    static class Rejection extends LiftRejectedException {

        Rejection(String message, int status, Duration retryAfter) {
            super(message, status, retryAfter, "test");
        }

        @Override
        public String code() {
            return "test-rejection";
        }

    }

}
